#include "audio/PcmDataChunk.h"
#include <QByteArray>
#include <QIODevice>

namespace gtzan::detail {

namespace {

quint32 le32(const QByteArray &b, int at) {
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 | quint32(quint8(b[at + 3])) << 24;
}
quint32 be32(const QByteArray &b, int at) {
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8 | quint32(quint8(b[at + 3]));
}

// Sizes that mean "unknown": writers that stream to a pipe leave 0 or a maximum in the header.
bool sizeLeftOpen(quint32 size) { return size == 0 || size >= 0x7FFFF000u; }

QByteArray readAt(QIODevice &file, qint64 pos, int n) {
    if (pos < 0 || !file.seek(pos)) return {};
    return file.read(n);
}

// Walks the chunks of a RIFF or IFF container (8-byte id + size headers, padded to even sizes)
// until `wanted`; returns the position of its header. A damaged size ends the walk.
std::optional<qint64> findChunk(QIODevice &file, qint64 pos, const char *wanted, bool bigEndian) {
    const qint64 end = file.size();
    for (int guard = 0; guard < 4096 && pos + 8 <= end; ++guard) {
        const QByteArray head = readAt(file, pos, 8);
        if (head.size() < 8) return std::nullopt;
        if (head.startsWith(wanted)) return pos;
        const quint32 size = bigEndian ? be32(head, 4) : le32(head, 4);
        pos += 8 + qint64(size) + (size & 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<PcmDataChunk> findPcmDataChunk(QIODevice &file) {
    const QByteArray head = readAt(file, 0, 12);
    if (head.size() < 12) return std::nullopt;
    if ((head.startsWith("RIFF") || head.startsWith("RIFX")) && head.mid(8, 4) == "WAVE") {
        const bool bigEndian = head.startsWith("RIFX");
        const auto data = findChunk(file, 12, "data", bigEndian);
        if (!data) return std::nullopt;
        const QByteArray h = readAt(file, *data, 8);
        const quint32 size = bigEndian ? be32(h, 4) : le32(h, 4);
        if (sizeLeftOpen(size)) return std::nullopt;
        return PcmDataChunk{*data + 8, qint64(size)};
    }
    if (head.startsWith("FORM") && (head.mid(8, 4) == "AIFF" || head.mid(8, 4) == "AIFC")) {
        const auto ssnd = findChunk(file, 12, "SSND", true);
        if (!ssnd) return std::nullopt;
        const QByteArray h = readAt(file, *ssnd, 16); // id, size, data offset, block size
        if (h.size() < 16) return std::nullopt;
        const quint32 size = be32(h, 4), skip = be32(h, 8);
        if (sizeLeftOpen(size) || size < 8 + skip) return std::nullopt;
        return PcmDataChunk{*ssnd + 16 + qint64(skip), qint64(size) - 8 - qint64(skip)};
    }
    if (head.startsWith(".snd")) {
        const quint32 offset = be32(head, 4), size = be32(head, 8);
        if (sizeLeftOpen(size)) return std::nullopt;
        return PcmDataChunk{qint64(offset), qint64(size)};
    }
    return std::nullopt;
}

} // namespace gtzan::detail
