#include "tensor/TensorChecks.h"
#include "common/Error.h"
#include <QStringList>

namespace gtzan {

namespace {
QString shapeText(at::IntArrayRef sizes) {
    QStringList parts;
    for (int64_t d : sizes) parts << QString::number(d);
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}
} // namespace

void checkStoredTensor(const torch::Tensor &stored, at::IntArrayRef sizes, at::ScalarType dtype, const QString &what) {
    if (!stored.defined()) throw Error(QStringLiteral("%1 is missing").arg(what));
    if (stored.scalar_type() != dtype)
        throw Error(QStringLiteral("%1 has type %2, expected %3")
                        .arg(what, QString::fromLatin1(c10::toString(stored.scalar_type())), QString::fromLatin1(c10::toString(dtype))));
    if (stored.sizes() != sizes) throw Error(QStringLiteral("%1 has shape %2, expected %3").arg(what, shapeText(stored.sizes()), shapeText(sizes)));
    if (!stored.device().is_cpu()) throw Error(QStringLiteral("%1 is not stored for the CPU").arg(what));
    // The furthest element any index can reach, from the storage offset and strides.
    int64_t lastElement = stored.storage_offset();
    for (int64_t d = 0; d < stored.dim(); ++d) {
        if (stored.size(d) == 0) {
            lastElement = -1;
            break;
        }
        if (stored.stride(d) < 0) throw Error(QStringLiteral("%1 has a negative stride").arg(what));
        lastElement += (stored.size(d) - 1) * stored.stride(d);
    }
    if (lastElement >= 0) {
        if (!stored.has_storage()) throw Error(QStringLiteral("%1 has no data").arg(what));
        const size_t needed = size_t(lastElement + 1) * stored.element_size();
        if (stored.storage().nbytes() < needed || stored.storage().data() == nullptr)
            throw Error(QStringLiteral("%1 holds %2 bytes of data, its shape needs %3").arg(what).arg(stored.storage().nbytes()).arg(needed));
    }
    if (at::isFloatingType(dtype) && stored.numel() > 0 && !torch::isfinite(stored).all().item<bool>())
        throw Error(QStringLiteral("%1 contains NaN or infinite values").arg(what));
}

void checkTensorFits(const torch::Tensor &stored, const torch::Tensor &expected, const QString &what) {
    checkStoredTensor(stored, expected.sizes(), expected.scalar_type(), what);
}

} // namespace gtzan
