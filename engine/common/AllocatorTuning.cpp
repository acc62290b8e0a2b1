#include "common/AllocatorTuning.h"
#include <cstdlib> // defines __GLIBC__ when glibc is the C library
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gtzan {

void tuneAllocatorForAudio() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // buffers up to 32 MiB (glibc's maximum) come from the heap
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024); // and stay there for the next clip
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

} // namespace gtzan
