#pragma once
#include "audio/Resampler.h"
#include <QString>
#include <vector>

namespace gtzan {

// What a live input heard, kept to be saved as a file on request: resampled as it comes to
// 22.05 kHz mono (GTZAN's rate, which Explore and predict read like any clip), at most maxSeconds
// (memory bounded: 10 minutes are 53 MB); beyond that it keeps nothing more and says it is full.
class LiveRecording {
public:
    static constexpr int kRate = 22050;
    explicit LiveRecording(int inputRate, double maxSeconds = 600); // throws gtzan::Error
    void append(const float *mono, size_t count);
    bool full() const { return m_full; }
    double seconds() const { return double(m_samples.size()) / kRate; }
    double maxSeconds() const { return double(m_max) / kRate; }
    // Writes what was kept (writeAudio: 16-bit, atomic, container by extension). Throws gtzan::Error.
    void save(const QString &path) const;

private:
    Resampler m_resampler;
    std::vector<float> m_samples, m_scratch;
    size_t m_max;
    bool m_full = false;
};

} // namespace gtzan
