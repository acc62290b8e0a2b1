#include "tensor/ModelState.h"

namespace gtzan {

std::vector<std::pair<std::string, torch::Tensor>> stateTensors(const torch::nn::Module &module) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : module.named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto &b : module.named_buffers()) out.emplace_back(b.key(), b.value());
    return out;
}

std::vector<torch::Tensor> snapshotState(const torch::nn::Module &module) {
    std::vector<torch::Tensor> out;
    for (const auto &[name, t] : stateTensors(module)) out.push_back(t.detach().clone());
    return out;
}

void restoreState(torch::nn::Module &module, const std::vector<torch::Tensor> &snapshot) {
    torch::NoGradGuard noGrad;
    auto tensors = stateTensors(module);
    TORCH_CHECK(tensors.size() == snapshot.size(), "state snapshot does not fit the module");
    for (size_t i = 0; i < tensors.size(); ++i) tensors[i].second.copy_(snapshot[i]);
}

} // namespace gtzan
