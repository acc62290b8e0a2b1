#pragma once
#include "models/ModelConfig.h"
#include <memory>
#include <torch/torch.h>

namespace gtzan {

// One batch as every network sees it: spectrogram segments (B x nMels x frames) and/or one
// embedding vector per segment's clip (B x embeddingDim). A network uses what its config says.
struct ModelInput {
    torch::Tensor spectrogram;
    torch::Tensor embedding;
};

// The one network type of the zoo: an optional spectrogram body (ends in pooled features), an
// optional embedding branch, and a linear classifier on their concatenation. Every zoo model is
// one of these with different parts, so training, saving and prediction treat them all alike.
class ScriptedNetwork; // models/ScriptedNetwork.h

class GenreNetImpl : public torch::nn::Module {
public:
    explicit GenreNetImpl(const ModelConfig &config);
    // A TorchScript model from a notebook (config.name "torchscript"): forward() asks the process
    // that runs it; it has no parts of ours, so featureMap and penultimate throw gtzan::Error.
    // imageInput: the model takes B x 1 x bands x frames rather than B x bands x frames.
    GenreNetImpl(const ModelConfig &config, std::shared_ptr<ScriptedNetwork> scripted, bool imageInput);
    torch::Tensor forward(const ModelInput &input); // logits, B x numClasses
    // Grad-CAM's way in (spectrogram networks): the body's last convolutional feature map, before
    // its global pooling (B x C x T for the 1D nets, B x C x H x W for the 2D ones), and the logits
    // finished from such a map, so a gradient can be taken with respect to it.
    torch::Tensor featureMap(const ModelInput &input);
    torch::Tensor logitsFromFeatureMap(const torch::Tensor &map, const ModelInput &input);
    bool hasSpectrogramBody() const { return bool(m_body); }
    bool isScripted() const { return bool(m_scripted); }
    // What the classifier reads (B x features): the pooled body features and the embedding
    // branch's output side by side. The embedding map's "trained model" source.
    torch::Tensor penultimate(const ModelInput &input);
    const ModelConfig &config() const { return m_config; }

private:
    torch::Tensor joined(const torch::Tensor &pooledSpectrogramFeatures, const ModelInput &input);
    ModelInput onDevice(const ModelInput &input) const;
    ModelConfig m_config;
    bool m_imageInput = false; // 2D nets see B x 1 x nMels x frames
    torch::nn::Sequential m_body{nullptr};
    torch::nn::Sequential m_embedding{nullptr};
    torch::nn::Linear m_classifier{nullptr};
    std::shared_ptr<ScriptedNetwork> m_scripted;
};
TORCH_MODULE(GenreNet);

// Builds the named network (weights from the current torch seed). Throws gtzan::Error.
GenreNet createModel(const ModelConfig &config);

// Trainable parameters (the figure train_peer.py prints).
int64_t parameterCount(const torch::nn::Module &module);

} // namespace gtzan
