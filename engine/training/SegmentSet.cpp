#include "training/SegmentSet.h"
#include "common/Error.h"
#include <algorithm>
#include <cstring>

namespace gtzan {

SegmentSet::SegmentSet(const std::vector<ClipFeatures> &clips, std::vector<SegmentRef> segments, const ModelConfig &config,
                       const InputNormalization &normalization)
    : m_clips(&clips), m_segments(std::move(segments)), m_config(config), m_norm(normalization) {
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
    ModelInput in;
    const int64_t b = int64_t(idx.size());
    if (m_config.usesSpectrogram()) {
        const int bands = m_config.nMels, frames = m_config.frames;
        in.spectrogram = torch::zeros({b, bands, frames});
        float *out = in.spectrogram.data_ptr<float>();
        const float scale = 1.0f / m_norm.std;
        for (int64_t i = 0; i < b; ++i) {
            const SegmentRef &s = m_segments[size_t(idx[size_t(i)])];
            const Matrix &m = (*m_clips)[size_t(s.clipIndex)].features;
            const int start = std::clamp(s.startFrame, 0, m.cols);
            const int n = std::min(frames, m.cols - start);
            for (int r = 0; r < bands; ++r) {
                const float *src = m.row(r) + start;
                float *dst = out + (i * bands + r) * frames;
                for (int c = 0; c < n; ++c) dst[c] = (src[c] - m_norm.mean) * scale;
            }
        }
    }
    if (m_config.usesEmbedding()) {
        const int d = m_config.embeddingDim;
        in.embedding = torch::empty({b, d});
        float *out = in.embedding.data_ptr<float>();
        for (int64_t i = 0; i < b; ++i) {
            const auto &e = m_embeddings[size_t(m_segments[size_t(idx[size_t(i)])].clipIndex)];
            std::memcpy(out + i * d, e.data(), sizeof(float) * size_t(d));
        }
    }
    return in;
}

torch::Tensor SegmentSet::labels(const std::vector<int64_t> &idx) const {
    torch::Tensor t = torch::empty({int64_t(idx.size())}, torch::kInt64);
    int64_t *p = t.data_ptr<int64_t>();
    for (size_t i = 0; i < idx.size(); ++i) p[i] = (*m_clips)[size_t(m_segments[size_t(idx[i])].clipIndex)].clip.label;
    return t;
}

} // namespace gtzan
