#pragma once
// The torch side of TorchRuntime.h's device choice, for the few places that place tensors.
#include <torch/torch.h>

namespace gtzan {

torch::Device computeDevice(); // the device selectComputeDevice() chose (the CPU by default without a GPU)

// The device a module's parameters are on (the CPU for a module without parameters).
torch::Device deviceOf(const torch::nn::Module &module);

} // namespace gtzan
