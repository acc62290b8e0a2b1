#pragma once
#include <QByteArray>
#include <torch/torch.h>
#include <vector>

namespace gtzan {

// The weights of model files of format versions 1 and 2: a torch::save archive of a tensor list.
// LibTorch's reader believes the lengths a damaged archive claims (a 2 GiB allocation from a
// 40 kB file), so it runs only when a person asks for it on a file they trust
// (`gtzan-cli upgrade-model`), never when a model is opened. Throws gtzan::Error.
std::vector<torch::Tensor> readLegacyModelWeights(const QByteArray &archive);

} // namespace gtzan
