#pragma once
#include <string>
#include <torch/torch.h>
#include <vector>

namespace gtzan {

// Every tensor that makes a network's state (parameters, then buffers such as batch-norm
// statistics), in the module's stable order with their dotted names.
std::vector<std::pair<std::string, torch::Tensor>> stateTensors(const torch::nn::Module &module);

// A deep copy of the state, e.g. the best-validation weights, and putting it back.
std::vector<torch::Tensor> snapshotState(const torch::nn::Module &module);
void restoreState(torch::nn::Module &module, const std::vector<torch::Tensor> &snapshot);

} // namespace gtzan
