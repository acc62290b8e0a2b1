#pragma once
#include "model/InputKind.h"

namespace gtzan {

// embed_mlp on musicnn: the network reads the clip embedding, musicnn's layer averaged over the
// file's 3 s patches (with aubio's rhythm figures after it for "+rhythm" sources). The clip's
// answer is the network on that embedding; each patch's own verdict is shown as a segment.
class MusicnnEmbeddingInput final : public InputKind {
public:
    explicit MusicnnEmbeddingInput(const MusicnnEmbeddingSource &source) : InputKind(source) {}
    QString name() const override { return QStringLiteral("musicnn-embedding"); }
    bool hearsFeatures() const override { return false; }
    bool readsSegments() const override { return false; }
    bool takesClipEmbedding() const override { return true; }
    bool answersFromClipEmbedding() const override { return true; }
    // The rhythm figures need the tempo of the whole file.
    bool answersWhileStreaming(const FeatureSpec &) const override { return !musicnn()->rhythm; }
};

} // namespace gtzan
