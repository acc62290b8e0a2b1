#pragma once

namespace gtzan {

// Sets LibTorch's intra-op threads explicitly (Debian's build starts with one) and returns the
// count in effect. threads <= 0 means all cores. Call once at start-up, before any tensor work.
int configureTorchThreads(int threads = 0);

// "cuda" when a GPU is usable, else "cpu".
const char *preferredDeviceName();

} // namespace gtzan
