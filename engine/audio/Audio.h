#pragma once
#include <QString>
#include <vector>

namespace gtzan {

// Mono audio in memory, float samples in [-1, 1].
struct Audio {
    std::vector<float> samples;
    int sampleRate = 0;
    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0; }
};

} // namespace gtzan
