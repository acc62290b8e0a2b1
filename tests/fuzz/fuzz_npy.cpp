// libFuzzer harness: NumPy .npy files, common/Npy.h readNpy. Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "common/Npy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    try {
        const gtzan::NpyArray a = gtzan::readNpy(fuzzsupport::writeInput(data, size, QStringLiteral(".npy")));
        // What the reader promises: the data holds as many values as the shape says.
        // (A shape whose product overflows cannot match any data: the reader must reject it.)
        size_t count = 1;
        for (int64_t n : a.shape)
            if (n < 0 || __builtin_mul_overflow(count, size_t(n), &count)) __builtin_trap();
        if (count != a.data.size()) __builtin_trap();
    } catch (const gtzan::Error &) {}
    return 0;
}
