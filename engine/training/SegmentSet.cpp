#include "training/SegmentSet.h"
#include "common/Error.h"
#include "model/SegmentInput.h"
#include <algorithm>

namespace gtzan {

SegmentSet::SegmentSet(const std::vector<ClipFeatures> &clips, std::vector<SegmentRef> segments, const ModelConfig &config,
                       const InputNormalization &normalization, const FeatureSpec &spec)
    : m_clips(&clips), m_segments(std::move(segments)), m_config(config), m_norm(normalization) {
    // Clips nearly always share one spec: compare each distinct one once.
    const FeatureSpec *checked = nullptr;
    for (const ClipFeatures &c : clips) {
        if (checked && c.spec == *checked) continue;
        const QString difference = c.spec.differenceFrom(spec);
        if (!difference.isEmpty())
            throw Error(QStringLiteral("%1: its features were made differently from the model's: %2").arg(c.clip.id, difference));
        checked = &c.spec;
    }
    for (const SegmentRef &s : m_segments)
        if (s.clipIndex < 0 || size_t(s.clipIndex) >= clips.size())
            throw Error(QStringLiteral("a segment refers to clip %1 of %2").arg(s.clipIndex).arg(clips.size()));
    for (const ClipFeatures &c : clips) {
        if (config.usesSpectrogram() && c.features.rows != config.nMels)
            throw Error(QStringLiteral("%1 has %2 mel bands; the model takes %3").arg(c.clip.id).arg(c.features.rows).arg(config.nMels));
        if (!config.usesEmbedding()) continue;
        std::vector<float> e = clipEmbedding(c);
        if (int(e.size()) != config.embeddingDim)
            throw Error(QStringLiteral("%1 has an embedding of %2 values; the model takes %3").arg(c.clip.id).arg(e.size()).arg(config.embeddingDim));
        m_embeddings.push_back(m_norm.normalizeEmbedding(std::move(e)));
    }
}

ModelInput SegmentSet::batch(const std::vector<int64_t> &idx) const {
    std::vector<const Matrix *> features;
    std::vector<int> starts;
    std::vector<const std::vector<float> *> embeddings;
    for (int64_t i : idx) {
        const SegmentRef &s = m_segments[size_t(i)];
        features.push_back(&(*m_clips)[size_t(s.clipIndex)].features);
        starts.push_back(s.startFrame);
        if (m_config.usesEmbedding()) embeddings.push_back(&m_embeddings[size_t(s.clipIndex)]);
    }
    return segmentInput(features, starts, embeddings, m_config, m_norm);
}

torch::Tensor SegmentSet::labels(const std::vector<int64_t> &idx) const {
    torch::Tensor t = torch::empty({int64_t(idx.size())}, torch::kInt64);
    int64_t *p = t.data_ptr<int64_t>();
    for (size_t i = 0; i < idx.size(); ++i) p[i] = (*m_clips)[size_t(m_segments[size_t(idx[i])].clipIndex)].clip.label;
    return t;
}

} // namespace gtzan
