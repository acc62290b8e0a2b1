#pragma once
#include <QString>
#include <torch/torch.h>

namespace gtzan {

// A spectrogram network without its classifier: input to pooled, flattened features.
struct ModelBody {
    torch::nn::Sequential net{nullptr};
    int64_t featureCount = 0;
    bool imageInput = false; // true: B x 1 x bands x frames; false: bands are channels (B x bands x frames)
};

// baseline1d, cnn1d, cnn2d, vgg13, vgg16, vgg19 (ConvNets.cpp).
ModelBody convBody(const QString &name, int nMels);
// resnet18, resnet34, resnet50, resnet101 on 1-channel input, as torchvision builds them (ResNets.cpp).
ModelBody resnetBody(int depth);

} // namespace gtzan
