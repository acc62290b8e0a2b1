#pragma once
#include "audio/Audio.h"
#include "common/Matrix.h"
#include "dsp/FeatureSpec.h"

namespace gtzan {

// Mel power of mono samples at spec.sampleRate: (nMels x frames), the STFT frames projected
// on the fly so the full linear spectrogram is never stored.
Matrix melPower(const float *samples, size_t n, const FeatureSpec &spec);

// The feature the spec asks for: mel power, then its scale (dB, power, or log10(10000x+1)),
// with musicnn's float16 round trip where asked. Throws gtzan::Error when the audio's rate
// is not the spec's.
Matrix melFeatures(const Audio &audio, const FeatureSpec &spec);
Matrix melFeatures(const float *samples, size_t n, const FeatureSpec &spec);

// Decodes a file to mono at the spec's rate and returns its features. Throws gtzan::Error.
Matrix melFeaturesOfFile(const QString &path, const FeatureSpec &spec);

// Applies the spec's scale to a mel power matrix (in place).
void applyScale(Matrix &melPower, const FeatureSpec &spec);

} // namespace gtzan
