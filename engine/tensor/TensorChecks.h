#pragma once
#include <QString>
#include <torch/torch.h>

namespace gtzan {

// Checks a tensor read from outside bytes (torch::load of a model file) before it is used: it is
// defined, has the expected dtype and shape, its storage really holds that many elements (a
// damaged pickle can describe a shape its data does not fill: copying from it reads past the end)
// and every value is finite. Throws gtzan::Error("<what> ...") saying which check failed.
void checkTensorFits(const torch::Tensor &stored, const torch::Tensor &expected, const QString &what);
void checkStoredTensor(const torch::Tensor &stored, at::IntArrayRef sizes, at::ScalarType dtype, const QString &what);

} // namespace gtzan
