#pragma once
#include "model/InputKind.h"

namespace gtzan {

// cnn1d, cnn2d, the ResNets, ...: segments of the model's own features (config.frames each), the
// clip's answer the mean of the segments' calibrated answers.
class SpectrogramInput final : public InputKind {
public:
    QString name() const override { return QStringLiteral("spectrogram"); }
    bool hearsFeatures() const override { return true; }
    bool readsSegments() const override { return true; }
    bool takesClipEmbedding() const override { return false; }
    // A whole-clip model (segmentFrames 0: one segment as long as the longest training clip) needs the whole file.
    bool answersWhileStreaming(const FeatureSpec &spec) const override { return spec.segmentFrames() > 0; }
};

} // namespace gtzan
