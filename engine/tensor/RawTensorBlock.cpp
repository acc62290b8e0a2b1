#include "tensor/RawTensorBlock.h"
#include "common/Error.h"
#include <QtGlobal>
#include <cmath>
#include <cstring>

namespace gtzan {

// The bytes are written and read as the machine holds them; every platform Debian builds LibTorch
// for is little endian, and the format says little endian, so a big-endian build must not compile.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "model files store tensors little endian");

namespace {
qint64 elementBytes(torch::ScalarType dtype) {
    switch (dtype) {
    case torch::kFloat32: return 4;
    case torch::kInt64: return 8;
    default: return 0;
    }
}
} // namespace

void appendRawTensor(QByteArray &block, const torch::Tensor &tensor) {
    const torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
    const qint64 size = elementBytes(t.scalar_type());
    if (size == 0)
        throw Error(QStringLiteral("a %1 tensor cannot be stored (float32 and int64 only)")
                        .arg(QString::fromStdString(std::string(c10::toString(t.scalar_type())))));
    block.append(static_cast<const char *>(t.data_ptr()), qsizetype(t.numel() * size));
}

torch::Tensor RawTensorReader::next(const std::vector<int64_t> &shape, torch::ScalarType dtype, const QString &what) {
    const qint64 size = elementBytes(dtype);
    if (size == 0) throw Error(QStringLiteral("%1 has a dtype this format does not store").arg(what));
    // Multiply up with the remaining bytes as the bound, so no product can overflow.
    qint64 bytes = size;
    for (int64_t d : shape) {
        if (d < 0) throw Error(QStringLiteral("%1 has a negative dimension").arg(what));
        if (d > 0 && bytes > remainingBytes() / d) bytes = remainingBytes() + 1;
        else bytes *= d;
    }
    if (bytes > remainingBytes()) throw Error(QStringLiteral("the weights end before %1 (%2 bytes left)").arg(what).arg(remainingBytes()));
    torch::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(dtype));
    if (bytes > 0) std::memcpy(t.data_ptr(), m_block.constData() + m_offset, size_t(bytes));
    m_offset += bytes;
    return t;
}

QString rawDtypeName(torch::ScalarType dtype) { return dtype == torch::kInt64 ? QStringLiteral("int64") : QStringLiteral("float32"); }

torch::ScalarType rawDtypeFromName(const QString &name, const QString &what) {
    if (name.isEmpty() || name == QLatin1String("float32")) return torch::kFloat32;
    if (name == QLatin1String("int64")) return torch::kInt64;
    throw Error(QStringLiteral("%1 has the dtype \"%2\" (float32 and int64 only)").arg(what, name.left(40)));
}

std::vector<int64_t> shapeFromJson(const QJsonArray &numbers, const QString &what) {
    if (numbers.size() > 8) throw Error(QStringLiteral("%1 has %2 dimensions").arg(what).arg(numbers.size()));
    std::vector<int64_t> shape;
    for (const QJsonValue &v : numbers) {
        const double d = v.toDouble(-1);
        if (!(d >= 0 && d <= 2147483648.0) || std::floor(d) != d) throw Error(QStringLiteral("%1 has a dimension that is not a size").arg(what));
        shape.push_back(int64_t(d));
    }
    return shape;
}

} // namespace gtzan
