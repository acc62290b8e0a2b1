#include "models/GenreNet.h"
#include "common/Error.h"
#include "models/ModelBodies.h"
#include "models/ScriptedNetwork.h"
#include "tensor/ComputeDevice.h"

namespace gtzan {
namespace nn = torch::nn;

namespace {

ModelBody bodyFor(const QString &name, int nMels) {
    if (name.startsWith(QLatin1String("resnet"))) return resnetBody(name.mid(6).toInt());
    return convBody(name, nMels);
}

} // namespace

GenreNetImpl::GenreNetImpl(const ModelConfig &config) : m_config(config) {
    config.validate();
    int64_t features = 0;
    const bool fusion = config.name == QLatin1String("fusion");
    if (config.usesSpectrogram()) {
        ModelBody body = bodyFor(fusion ? config.backbone : config.name, config.nMels);
        m_body = register_module("body", body.net);
        m_imageInput = body.imageInput;
        features += body.featureCount;
    }
    if (config.usesEmbedding()) {
        // embed_mlp: Linear - BatchNorm - ReLU (- Linear below). In fusion the embedding branch has no
        // batch norm, which the reference found better.
        const int hidden = 32;
        m_embedding = fusion ? nn::Sequential(nn::Linear(config.embeddingDim, hidden), nn::ReLU())
                             : nn::Sequential(nn::Linear(config.embeddingDim, hidden), nn::BatchNorm1d(hidden), nn::ReLU());
        register_module("embedding", m_embedding);
        features += hidden;
    }
    m_classifier = register_module("classifier", nn::Linear(features, config.numClasses));
}

GenreNetImpl::GenreNetImpl(const ModelConfig &config, std::shared_ptr<ScriptedNetwork> scripted, bool imageInput)
    : m_config(config), m_imageInput(imageInput), m_scripted(std::move(scripted)) {
    config.validate();
    if (!m_scripted || !config.isScripted()) throw Error(QStringLiteral("a TorchScript network needs its process and a \"torchscript\" description"));
}

torch::Tensor GenreNetImpl::forward(const ModelInput &input) {
    if (m_scripted) return m_scripted->logits(m_imageInput ? input.spectrogram.unsqueeze(1) : input.spectrogram);
    return m_classifier->forward(penultimate(input));
}

// The network takes its input where it is: a batch built on the CPU goes to the GPU the weights
// are on (the one place a caller's tensors change device).
ModelInput GenreNetImpl::onDevice(const ModelInput &input) const {
    const torch::Device device = deviceOf(*this);
    ModelInput moved = input;
    if (moved.spectrogram.defined() && moved.spectrogram.device() != device) moved.spectrogram = moved.spectrogram.to(device);
    if (moved.embedding.defined() && moved.embedding.device() != device) moved.embedding = moved.embedding.to(device);
    return moved;
}

torch::Tensor GenreNetImpl::penultimate(const ModelInput &given) {
    if (m_scripted) throw Error(QStringLiteral("a TorchScript model does not show what its classifier reads"));
    const ModelInput input = onDevice(given);
    return joined(m_body ? m_body->forward(m_imageInput ? input.spectrogram.unsqueeze(1) : input.spectrogram) : torch::Tensor(), input);
}

torch::Tensor GenreNetImpl::joined(const torch::Tensor &pooled, const ModelInput &given) {
    std::vector<torch::Tensor> parts;
    if (pooled.defined()) parts.push_back(pooled);
    if (m_embedding) parts.push_back(m_embedding->forward(onDevice(given).embedding));
    return parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
}

// Every body ends in global average pooling and a flatten (ModelBodies.h): the map is what
// enters them.
torch::Tensor GenreNetImpl::featureMap(const ModelInput &given) {
    const ModelInput input = onDevice(given);
    if (m_scripted) throw Error(QStringLiteral("a TorchScript model does not show its feature maps (Grad-CAM): use occlusion"));
    if (!m_body || m_body->size() < 3) throw Error(QStringLiteral("%1 has no convolutional feature map").arg(m_config.name));
    torch::Tensor x = m_imageInput ? input.spectrogram.unsqueeze(1) : input.spectrogram;
    for (auto it = m_body->begin(); it != m_body->end() - 2; ++it) x = it->forward(x);
    return x;
}

torch::Tensor GenreNetImpl::logitsFromFeatureMap(const torch::Tensor &map, const ModelInput &input) {
    if (!m_body || m_body->size() < 3) throw Error(QStringLiteral("%1 has no convolutional feature map").arg(m_config.name));
    torch::Tensor x = map;
    for (auto it = m_body->end() - 2; it != m_body->end(); ++it) x = it->forward(x);
    return m_classifier->forward(joined(x, input));
}

GenreNet createModel(const ModelConfig &config) { return GenreNet(config); }

int64_t parameterCount(const torch::nn::Module &module) {
    int64_t n = 0;
    for (const auto &p : module.parameters()) n += p.numel();
    return n;
}

} // namespace gtzan
