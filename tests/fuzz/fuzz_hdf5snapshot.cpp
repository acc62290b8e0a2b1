// libFuzzer harness: the bytes gtzan-hdf5-reader writes, embedding/Hdf5Snapshot.h decode(). The
// reader runs libhdf5 on hostile files, so its output is hostile too. Only gtzan::Error may
// escape, and what decodes must encode back to the same bytes (the format has one spelling).
#include "common/Error.h"
#include "embedding/Hdf5Snapshot.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const gtzan::Hdf5Snapshot s = gtzan::Hdf5Snapshot::decode(bytes);
        for (const auto &[path, node] : s.nodes) {
            size_t count = 1;
            for (int64_t n : node.array.shape)
                if (n < 0 || __builtin_mul_overflow(count, size_t(n), &count)) __builtin_trap();
            if (!node.array.shape.empty() && count != node.array.data.size()) __builtin_trap();
        }
        if (s.encode() != bytes) __builtin_trap();
    } catch (const gtzan::Error &) {}
    return 0;
}
