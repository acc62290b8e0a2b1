#pragma once
#include <cstddef>
#include <vector>

namespace gtzan {

// The minimum and maximum sample of each of `buckets` equal stretches of a signal: what a
// waveform display draws, so it never has to plot hundreds of thousands of points.
struct WaveformEnvelope {
    std::vector<float> min, max;
    double samplesPerBucket = 1.0;
};

WaveformEnvelope waveformEnvelope(const float *samples, size_t n, int buckets);
// The largest magnitude in the envelope (0 when empty): the amplitude a display scales to.
float envelopePeak(const WaveformEnvelope &envelope);

} // namespace gtzan
