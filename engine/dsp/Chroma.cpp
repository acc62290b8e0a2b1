#include "dsp/Chroma.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

QStringList pitchClassNames() {
    return {QStringLiteral("C"),  QStringLiteral("C#"), QStringLiteral("D"),  QStringLiteral("D#"), QStringLiteral("E"),  QStringLiteral("F"),
            QStringLiteral("F#"), QStringLiteral("G"),  QStringLiteral("G#"), QStringLiteral("A"),  QStringLiteral("A#"), QStringLiteral("B")};
}

Matrix chromaFromPower(const Matrix &power, int sampleRate, int nFft) {
    Matrix out(12, power.cols);
    if (sampleRate <= 0 || nFft <= 0) return out;
    for (int k = 1; k < power.rows; ++k) {
        const double hz = double(k) * sampleRate / nFft;
        if (hz < 55.0 || hz > 5000.0) continue;
        const double midi = 69.0 + 12.0 * std::log2(hz / 440.0);
        const double nearest = std::round(midi);
        // 1 on a note, falling to 0 half-way between two notes.
        const float weight = float(std::max(0.0, 1.0 - 2.0 * std::abs(midi - nearest)));
        if (weight <= 0) continue;
        const int pitchClass = ((int(nearest) % 12) + 12) % 12;
        float *dst = out.row(pitchClass);
        const float *src = power.row(k);
        for (int c = 0; c < power.cols; ++c) dst[c] += weight * src[c];
    }
    for (int c = 0; c < out.cols; ++c) {
        float peak = 0;
        for (int p = 0; p < 12; ++p) peak = std::max(peak, out.at(p, c));
        if (peak > 1e-12f)
            for (int p = 0; p < 12; ++p) out.at(p, c) /= peak;
        else
            for (int p = 0; p < 12; ++p) out.at(p, c) = 0;
    }
    return out;
}

} // namespace gtzan
