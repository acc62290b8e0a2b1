#pragma once
#include "model/InputKind.h"

namespace gtzan {

// fusion: a spectrogram backbone's segments, each beside the clip embedding (musicnn's, or the
// band statistics when no musicnn was chosen); the clip's answer the mean of the segments'. The
// segments wait for the whole file's embedding.
class FusionInput final : public InputKind {
public:
    // provided: band statistics were not what the clips carried (see BandStatisticsInput).
    FusionInput(std::optional<MusicnnEmbeddingSource> musicnn, bool provided) : InputKind(std::move(musicnn)), m_provided(provided) {}
    QString name() const override { return QStringLiteral("fusion"); }
    bool hearsFeatures() const override { return true; }
    bool readsSegments() const override { return true; }
    bool takesClipEmbedding() const override { return true; }
    bool embeddingFromFeatures() const override { return !musicnn(); }
    QString whyNoAudio() const override {
        return m_provided ? QStringLiteral("it needs clip embeddings (\"provided\") that prediction cannot compute yet") : QString();
    }
    bool answersWhileStreaming(const FeatureSpec &spec) const override { return spec.segmentFrames() > 0 && musicnn() && !musicnn()->rhythm; }

private:
    bool m_provided;
};

} // namespace gtzan
