// libFuzzer harness: model files (.gtzm), model/ModelFile.h. Only gtzan::Error may escape.
// Formats 1 and 2 (a LibTorch archive) are refused before their weights are read; LibTorch's
// reader is not in reach, as it is not when the program opens a model.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include <QByteArray>
#include <cstring>

namespace {
constexpr size_t kHeader = 8 + 4 + 8 + 8 + 8;

quint64 fnv1a(const char *p, size_t n) {
    quint64 h = 1469598103934665603ull;
    for (size_t i = 0; i < n; ++i) {
        h ^= quint8(p[i]);
        h *= 1099511628211ull;
    }
    return h;
}
void putLE64(char *p, quint64 v) {
    for (int i = 0; i < 8; ++i) p[i] = char((v >> (8 * i)) & 0xff);
}
quint64 getLE64(const char *p) {
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) v |= quint64(quint8(p[i])) << (8 * i);
    return v;
}

void load(const QString &path) {
    try {
        (void)gtzan::readModelMetadata(path);
    } catch (const gtzan::Error &) {}
    try {
        (void)gtzan::loadModelFile(path);
    } catch (const gtzan::Error &) {}
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // The input as it is: exercises the header, size and checksum checks.
    load(fuzzsupport::writeInput(data, size, QStringLiteral(".gtzm")));

    // The same input with a consistent weights length and checksum, so that mutations of the JSON
    // metadata and of the raw weights reach the parsers behind the checksum (a fuzzer cannot
    // guess a 64-bit hash).
    if (size >= kHeader && std::memcmp(data, "GTZANMDL", 8) == 0) {
        QByteArray b(reinterpret_cast<const char *>(data), int(size));
        const quint64 body = quint64(size - kHeader);
        const quint64 jsonLen = getLE64(b.constData() + 12);
        if (jsonLen <= body) {
            putLE64(b.data() + 20, body - jsonLen);
            putLE64(b.data() + 28, fnv1a(b.constData() + kHeader, size_t(body)));
            load(fuzzsupport::writeInput(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()), QStringLiteral(".gtzm")));
        }
    }
    return 0;
}
