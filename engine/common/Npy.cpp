#include "common/Npy.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

namespace gtzan {

namespace {
template <typename T> void convert(const QByteArray &raw, qsizetype offset, size_t count, std::vector<float> &out) {
    out.resize(count);
    const char *p = raw.constData() + offset;
    for (size_t i = 0; i < count; ++i) {
        T v;
        std::memcpy(&v, p + i * sizeof(T), sizeof(T));
        out[i] = static_cast<float>(v);
    }
}
} // namespace

NpyArray readNpy(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("Cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray raw = f.readAll();
    if (raw.size() < 10 || !raw.startsWith("\x93NUMPY")) throw Error(QStringLiteral("%1 is not a NumPy .npy file").arg(path));
    const int major = static_cast<unsigned char>(raw[6]);
    if (major < 1 || major > 3) throw Error(QStringLiteral("%1: .npy format version %2 is not one this program reads").arg(path).arg(major));
    qsizetype headerLen = 0, headerStart = 0;
    if (major == 1) {
        headerLen = static_cast<unsigned char>(raw[8]) | (static_cast<unsigned char>(raw[9]) << 8);
        headerStart = 10;
    } else {
        if (raw.size() < 12) throw Error(QStringLiteral("%1: truncated .npy header").arg(path));
        headerLen = qsizetype(static_cast<unsigned char>(raw[8])) | (qsizetype(static_cast<unsigned char>(raw[9])) << 8) |
                    (qsizetype(static_cast<unsigned char>(raw[10])) << 16) | (qsizetype(static_cast<unsigned char>(raw[11])) << 24);
        headerStart = 12;
    }
    if (headerStart + headerLen > raw.size()) throw Error(QStringLiteral("%1: truncated .npy header").arg(path));
    const QString header = QString::fromLatin1(raw.mid(headerStart, headerLen));
    const auto descr = QRegularExpression(QStringLiteral("'descr':\\s*'([^']+)'")).match(header);
    const auto order = QRegularExpression(QStringLiteral("'fortran_order':\\s*(True|False)")).match(header);
    const auto shapeM = QRegularExpression(QStringLiteral("'shape':\\s*\\(([^)]*)\\)")).match(header);
    if (!descr.hasMatch() || !order.hasMatch() || !shapeM.hasMatch()) throw Error(QStringLiteral("%1: unreadable .npy header").arg(path));
    if (order.captured(1) == QLatin1String("True")) throw Error(QStringLiteral("%1: Fortran-ordered arrays are not supported").arg(path));
    NpyArray out;
    const QStringList dims = shapeM.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (dims.size() > kMaxNpyDims) throw Error(QStringLiteral("%1: .npy shape has %2 dimensions").arg(path).arg(dims.size()));
    for (const QString &part : dims) {
        bool ok = false;
        const qint64 n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 0) throw Error(QStringLiteral("%1: bad shape in .npy header").arg(path));
        out.shape.push_back(n);
    }
    const std::optional<size_t> count = elementCount(out.shape);
    // A shape whose product wraps around (2^32 x 2^32 is 0 in 64 bits) would pass the size check below.
    if (!count) throw Error(QStringLiteral("%1: the .npy shape is too large to exist").arg(path));
    const QString type = descr.captured(1);
    const qsizetype dataStart = headerStart + headerLen;
    auto need = [&](size_t width) {
        const size_t available = size_t(raw.size() - dataStart);
        if (*count > available / width) throw Error(QStringLiteral("%1: .npy data is shorter than its shape says").arg(path));
    };
    if (type == QLatin1String("<f4")) {
        need(4);
        convert<float>(raw, dataStart, *count, out.data);
    } else if (type == QLatin1String("<f8")) {
        need(8);
        convert<double>(raw, dataStart, *count, out.data);
    } else if (type == QLatin1String("<i2")) {
        need(2);
        convert<int16_t>(raw, dataStart, *count, out.data);
    } else if (type == QLatin1String("<i4")) {
        need(4);
        convert<int32_t>(raw, dataStart, *count, out.data);
    } else if (type == QLatin1String("<i8")) {
        need(8);
        convert<int64_t>(raw, dataStart, *count, out.data);
    } else throw Error(QStringLiteral("%1: unsupported .npy element type %2").arg(path, type));
    return out;
}

std::optional<size_t> elementCount(const std::vector<int64_t> &shape) {
    size_t count = 1;
    for (int64_t n : shape) {
        if (n < 0) return std::nullopt;
        if (n != 0 && count > std::numeric_limits<size_t>::max() / sizeof(double) / size_t(n)) return std::nullopt;
        count *= size_t(n);
    }
    return count;
}

QByteArray npyHeader(const QString &descr, const std::vector<int64_t> &shape) {
    if (!elementCount(shape) || shape.size() > size_t(kMaxNpyDims)) throw Error(QStringLiteral("An impossible array shape for .npy"));
    QString shapeText;
    for (int64_t n : shape) shapeText += QString::number(n) + QStringLiteral(", ");
    if (shape.size() > 1) shapeText.chop(2); // "(3, 4)" but "(3,)"
    QByteArray header = QStringLiteral("{'descr': '%1', 'fortran_order': False, 'shape': (%2), }").arg(descr, shapeText.trimmed()).toLatin1();
    // Version 1.0 gives the header's length in 2 bytes, 2.0 in 4; pad so the data starts on a 64-byte boundary.
    const bool wide = header.size() + 1 + 64 > 0xffff;
    const qsizetype prefix = wide ? 12 : 10;
    header.append(QByteArray((64 - (prefix + header.size() + 1) % 64) % 64, ' '));
    header.append('\n');
    QByteArray out(wide ? QByteArray("\x93NUMPY\x02\x00", 8) : QByteArray("\x93NUMPY\x01\x00", 8));
    for (int i = 0; i < (wide ? 4 : 2); ++i) out.append(char((header.size() >> (8 * i)) & 0xff));
    out.append(header);
    return out;
}

QByteArray npyFloat32(const float *data, const std::vector<int64_t> &shape) {
    QByteArray out = npyHeader(QStringLiteral("<f4"), shape);
    out.append(reinterpret_cast<const char *>(data), qsizetype(*elementCount(shape) * sizeof(float)));
    return out;
}

QByteArray npyInt64(const std::vector<int64_t> &values) {
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the .npy writer writes the machine's bytes as little-endian");
    QByteArray out = npyHeader(QStringLiteral("<i8"), {int64_t(values.size())});
    out.append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(int64_t)));
    return out;
}

namespace {
QByteArray unicodeArray(const QStringList &strings, const std::vector<int64_t> &shape) {
    std::vector<QList<uint>> codes;
    qsizetype width = 1; // NumPy has no '<U0'
    for (const QString &s : strings) {
        codes.push_back(s.toUcs4());
        width = std::max(width, codes.back().size());
    }
    QByteArray out = npyHeader(QStringLiteral("<U%1").arg(width), shape);
    for (const QList<uint> &c : codes) {
        std::vector<uint32_t> padded(size_t(width), 0);
        std::copy(c.begin(), c.end(), padded.begin());
        out.append(reinterpret_cast<const char *>(padded.data()), qsizetype(padded.size() * sizeof(uint32_t)));
    }
    return out;
}
} // namespace

QByteArray npyUnicode(const QStringList &strings) { return unicodeArray(strings, {int64_t(strings.size())}); }
QByteArray npyUnicodeScalar(const QString &text) { return unicodeArray({text}, {}); }

void writeNpy(const QString &path, const float *data, const std::vector<int64_t> &shape) {
    if (!elementCount(shape) || shape.size() > size_t(kMaxNpyDims))
        throw Error(QStringLiteral("Cannot write %1: an impossible array shape").arg(path));
    const QByteArray blob = npyFloat32(data, shape);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(blob) != blob.size() || !commitExport(f))
        throw Error(QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace gtzan
