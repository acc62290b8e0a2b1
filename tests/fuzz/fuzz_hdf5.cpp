// libFuzzer harness: HDF5 weight files, end to end as the program reads them: embedding/Hdf5File.h
// (which runs gtzan-hdf5-reader, libhdf5 in a process of its own, and decodes its snapshot) and
// the musicnn loader (MusicnnNetImpl::loadKeras). HDF5 opens paths, so the input goes through a
// temporary file. Only gtzan::Error may escape. libhdf5's own failures on a damaged file (1.10.8
// has memory errors: corpus/hdf5/huge-allocation-in-open.h5, and a use-after-free found in CI)
// happen in the reader's process and must come back here as an Error, not a crash. The snapshot
// decoder, the one parser of the reader's bytes in our process, has its own harness
// (fuzz_hdf5snapshot), as the reader is not instrumented for coverage.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "embedding/Hdf5File.h"
#include "embedding/MusicnnNetwork.h"

namespace {
// Every group and data set below `group`, bounded so that a file of self-referencing links
// cannot keep one input running forever.
void walk(const gtzan::Hdf5File &file, const QString &group, int depth, int &budget) {
    if (depth > 6) return;
    for (const QString &child : file.childNames(group)) {
        if (--budget < 0) return;
        const QString path = group == QLatin1String("/") ? QLatin1Char('/') + child : group + QLatin1Char('/') + child;
        try {
            const gtzan::Hdf5Array a = file.readFloats(path);
            // The reader's promise, which the musicnn loader's torch::from_blob relies on: the
            // values are exactly as many as the shape says.
            size_t count = 1;
            for (int64_t n : a.shape)
                if (n < 0 || __builtin_mul_overflow(count, size_t(n), &count)) __builtin_trap();
            if (count != a.data.size()) __builtin_trap();
        } catch (const gtzan::Error &) {
            try {
                walk(file, path, depth + 1, budget);
            } catch (const gtzan::Error &) {}
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString path = fuzzsupport::writeInput(data, size, QStringLiteral(".h5"));
    try {
        const gtzan::Hdf5File file(path);
        (void)file.readStringAttribute(QStringLiteral("keras_version"));
        (void)file.readStringAttribute(QStringLiteral("backend"));
        (void)file.hasObject(QStringLiteral("model_weights/dense/dense"));
        int budget = 64;
        walk(file, QStringLiteral("/"), 0, budget);
        gtzan::MusicnnNet net;
        net->loadKeras(file);
    } catch (const gtzan::Error &) {}
    return 0;
}
