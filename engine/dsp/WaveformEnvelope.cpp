#include "dsp/WaveformEnvelope.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

WaveformEnvelope waveformEnvelope(const float *samples, size_t n, int buckets) {
    WaveformEnvelope e;
    if (n == 0 || buckets <= 0) return e;
    // Never more buckets than samples: a short signal keeps one point per sample.
    const size_t count = std::min(size_t(buckets), n);
    e.samplesPerBucket = double(n) / double(count);
    e.min.resize(count);
    e.max.resize(count);
    for (size_t b = 0; b < count; ++b) {
        const size_t from = size_t(double(b) * e.samplesPerBucket);
        const size_t to = std::max(from + 1, std::min(n, size_t(double(b + 1) * e.samplesPerBucket)));
        const auto [lo, hi] = std::minmax_element(samples + from, samples + to);
        e.min[b] = *lo;
        e.max[b] = *hi;
    }
    return e;
}

float envelopePeak(const WaveformEnvelope &envelope) {
    float peak = 0.0f;
    for (size_t i = 0; i < envelope.max.size() && i < envelope.min.size(); ++i)
        peak = std::max({peak, std::abs(envelope.max[i]), std::abs(envelope.min[i])});
    return peak;
}

} // namespace gtzan
