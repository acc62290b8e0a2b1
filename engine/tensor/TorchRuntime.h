#pragma once
#include <string>

namespace gtzan {

// Sets LibTorch's intra-op threads explicitly (Debian's build starts with one) and returns the
// count in effect. threads <= 0 means all cores. Call once at start-up, before any tensor work.
int configureTorchThreads(int threads = 0);

// "cuda" when a GPU is usable, else "cpu".
const char *preferredDeviceName();

// Where the networks run: training, evaluation and prediction (musicnn's own network and the
// signal processing stay on the CPU). Auto is CUDA when this LibTorch has a usable GPU, else the
// CPU; Debian's LibTorch is CPU-only, an upstream CUDA build (see docs/development.md) has GPUs.
enum class DeviceChoice { Auto, Cpu, Cuda };
// "auto", "cpu" or "cuda" (any case); false for anything else.
bool parseDeviceChoice(const std::string &name, DeviceChoice &choice);
const char *deviceChoiceName(DeviceChoice choice);
// From now on, for networks built or loaded after the call. Returns false and changes nothing
// when CUDA is asked for and none is usable.
bool selectComputeDevice(DeviceChoice choice);
const char *activeDeviceName(); // "cpu" or "cuda"

} // namespace gtzan
