#pragma once
#include "dataset/ClipFeatures.h"
#include "model/InputNormalization.h"
#include "model/SegmentInput.h"
#include "models/GenreNet.h"
#include <vector>

namespace gtzan {

// The segments of a set of clips, turned into network batches on demand (normalised, a short
// clip's missing frames padded with the normalised mean, 0). Holds a reference to the clips.
class SegmentSet {
public:
    // Every clip's features must be what `spec` makes (FeatureSpec::differenceFrom): a clip made
    // with another hop, rate or scale is refused with a gtzan::Error naming the difference.
    SegmentSet(const std::vector<ClipFeatures> &clips, std::vector<SegmentRef> segments, const ModelConfig &config,
               const InputNormalization &normalization, const FeatureSpec &spec);

    size_t size() const { return m_segments.size(); }
    const SegmentRef &segment(size_t i) const { return m_segments[i]; }
    const std::vector<SegmentRef> &segments() const { return m_segments; }
    const std::vector<ClipFeatures> &clips() const { return *m_clips; }

    ModelInput batch(const std::vector<int64_t> &segmentIndices) const;
    torch::Tensor labels(const std::vector<int64_t> &segmentIndices) const; // int64, B

private:
    const std::vector<ClipFeatures> *m_clips;
    std::vector<SegmentRef> m_segments;
    ModelConfig m_config;
    InputNormalization m_norm;
    std::vector<std::vector<float>> m_embeddings; // per clip, normalised (embedding models only)
};

} // namespace gtzan
