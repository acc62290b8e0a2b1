#include "training/SegmentSet.h"
#include "common/Error.h"
#include <algorithm>
#include <cstring>

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

ModelInput segmentInput(const std::vector<const Matrix *> &features, const std::vector<int> &startFrames,
                        const std::vector<const std::vector<float> *> &embeddings, const ModelConfig &config, const InputNormalization &norm) {
    ModelInput in;
    const int64_t b = int64_t(startFrames.size());
    if (config.usesSpectrogram()) {
        const int bands = config.nMels, frames = config.frames;
        in.spectrogram = torch::zeros({b, bands, frames});
        float *out = in.spectrogram.data_ptr<float>();
        const float scale = 1.0f / norm.std;
        for (int64_t i = 0; i < b; ++i) {
            const Matrix &m = *features[size_t(i)];
            const int start = std::clamp(startFrames[size_t(i)], 0, m.cols);
            const int n = std::min(frames, m.cols - start);
            for (int r = 0; r < bands; ++r) {
                const float *src = m.row(r) + start;
                float *dst = out + (i * bands + r) * frames;
                for (int c = 0; c < n; ++c) dst[c] = (src[c] - norm.mean) * scale;
            }
        }
    }
    if (config.usesEmbedding()) {
        const int d = config.embeddingDim;
        in.embedding = torch::empty({b, d});
        float *out = in.embedding.data_ptr<float>();
        for (int64_t i = 0; i < b; ++i) {
            const std::vector<float> &e = *embeddings[size_t(i)];
            if (int(e.size()) != d) throw Error(QStringLiteral("an embedding of %1 values where the model takes %2").arg(e.size()).arg(d));
            std::memcpy(out + i * d, e.data(), sizeof(float) * size_t(d));
        }
    }
    return in;
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
