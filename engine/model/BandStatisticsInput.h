#pragma once
#include "model/InputKind.h"

namespace gtzan {

// embed_mlp on the clip's band statistics: each band's mean and standard deviation over the whole
// clip's features ("band-mean-std"), the stand-in for an embedding when no musicnn is chosen.
// "provided": embeddings a caller attached to its clips (tests, experiments), which prediction
// cannot compute for a new file.
class BandStatisticsInput final : public InputKind {
public:
    explicit BandStatisticsInput(bool provided = false) : m_provided(provided) {}
    QString name() const override { return m_provided ? QStringLiteral("provided-embedding") : QStringLiteral("band-statistics"); }
    bool hearsFeatures() const override { return true; }
    bool readsSegments() const override { return false; }
    bool takesClipEmbedding() const override { return true; }
    bool embeddingFromFeatures() const override { return true; }
    QString whyNoAudio() const override {
        return m_provided ? QStringLiteral("it needs clip embeddings (\"provided\") that prediction cannot compute yet") : QString();
    }
    // The statistics are the whole file's.
    bool answersWhileStreaming(const FeatureSpec &) const override { return false; }

private:
    bool m_provided;
};

} // namespace gtzan
