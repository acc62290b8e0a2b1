// libFuzzer harness: HDF5 weight files, embedding/Hdf5File.h and the musicnn loader
// (MusicnnEmbedder::load = Hdf5File + MusicnnNetImpl::loadKeras). HDF5 opens paths, so the input
// goes through a temporary file. Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "embedding/Hdf5File.h"
#include "embedding/MusicnnEmbedder.h"

// Full stacks at every allocation: libhdf5 is built without frame pointers, so the fast unwinder
// stops inside it, and its leak on a failed H5Fopen (tests/sanitizers/lsan.supp) can only be
// matched by the HDF5 function that made it.
extern "C" const char *__asan_default_options() { return "fast_unwind_on_malloc=0"; }

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
            } catch (const gtzan::Error &) {
            }
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
    } catch (const gtzan::Error &) {
    }
    try {
        (void)gtzan::MusicnnEmbedder::load(path);
    } catch (const gtzan::Error &) {
    }
    return 0;
}
