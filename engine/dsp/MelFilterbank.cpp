#include "dsp/MelFilterbank.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {
constexpr double kFsp = 200.0 / 3.0; // Hz per mel below the break
constexpr double kMinLogHz = 1000.0;
constexpr double kMinLogMel = kMinLogHz / kFsp; // 15
const double kLogStep = std::log(6.4) / 27.0;
} // namespace

double hzToMel(double hz) {
    if (hz >= kMinLogHz) return kMinLogMel + std::log(hz / kMinLogHz) / kLogStep;
    return hz / kFsp;
}

double melToHz(double mel) {
    if (mel >= kMinLogMel) return kMinLogHz * std::exp(kLogStep * (mel - kMinLogMel));
    return kFsp * mel;
}

namespace {
// torch.linspace's float32 arithmetic on an AVX2 CPU, which the reference used: a step of
// (end - start) / (steps - 1); blocks of 8 values, each block's first value fused-multiply-added
// from start (first half) or from end (second half), the rest of the block added step by step;
// the tail past the last full block computed one by one without fusing.
std::vector<float> linspaceFloat(float start, float end, int steps) {
    std::vector<float> v(static_cast<size_t>(steps));
    const float step = steps > 1 ? (end - start) / float(steps - 1) : 0.0f;
    const int halfway = steps / 2;
    constexpr int kBlock = 8;
    int i = 0;
    for (; i + kBlock <= steps; i += kBlock) {
        const float base = i < halfway ? std::fma(step, float(i), start) : std::fma(-step, float(steps - i - 1), end);
        for (int j = 0; j < kBlock; ++j) v[size_t(i + j)] = base + step * float(j);
    }
    for (; i < steps; ++i) v[size_t(i)] = i < halfway ? start + step * float(i) : end - step * float(steps - i - 1);
    return v;
}

float melToHzFloat(float mel) {
    if (mel >= float(kMinLogMel)) return 1000.0f * float(std::exp(double(float(kLogStep) * (mel - float(kMinLogMel)))));
    return float(kFsp) * mel;
}
} // namespace

MelFilterbank::MelFilterbank(int sampleRate, int nFft, int nMels, double fmin, double fmax) {
    m_nBins = nFft / 2 + 1;
    // The triangles are computed in single precision, step by step as the reference
    // implementation does (torchaudio's melscale_fbanks, slaney/slaney): the edge weights of a
    // triangle are small differences of large numbers, and matching the reference to 1e-3 dB
    // needs the same rounding, which double precision (librosa's way) does not reproduce.
    const std::vector<float> fftFreqs = linspaceFloat(0.0f, float(sampleRate / 2), m_nBins);
    const std::vector<float> melPts = linspaceFloat(float(hzToMel(fmin)), float(hzToMel(fmax)), nMels + 2);
    std::vector<float> melF(melPts.size());
    for (size_t i = 0; i < melPts.size(); ++i) melF[i] = melToHzFloat(melPts[i]);

    m_bands.resize(size_t(nMels));
    m_centresHz.resize(size_t(nMels));
    for (int m = 0; m < nMels; ++m) {
        const float lowerDiff = melF[size_t(m + 1)] - melF[size_t(m)];
        const float upperDiff = melF[size_t(m + 2)] - melF[size_t(m + 1)];
        const float enorm = 2.0f / (melF[size_t(m + 2)] - melF[size_t(m)]); // Slaney area normalisation
        m_centresHz[size_t(m)] = melF[size_t(m + 1)];
        Band &band = m_bands[size_t(m)];
        int first = -1;
        std::vector<float> w;
        for (int k = 0; k < m_nBins; ++k) {
            const float down = -(melF[size_t(m)] - fftFreqs[size_t(k)]) / lowerDiff;
            const float up = (melF[size_t(m + 2)] - fftFreqs[size_t(k)]) / upperDiff;
            const float weight = std::max(0.0f, std::min(down, up)) * enorm;
            if (weight > 0) {
                if (first < 0) first = k;
                w.resize(size_t(k - first + 1), 0.0f);
                w[size_t(k - first)] = weight;
            }
        }
        band.firstBin = std::max(first, 0);
        band.weights = std::move(w);
    }
}

void MelFilterbank::apply(const float *power, float *mel) const {
    for (size_t m = 0; m < m_bands.size(); ++m) {
        const Band &b = m_bands[m];
        const float *p = power + b.firstBin;
        float sum = 0.0f;
        for (size_t i = 0; i < b.weights.size(); ++i) sum += b.weights[i] * p[i];
        mel[m] = sum;
    }
}

std::vector<float> MelFilterbank::denseRow(int m) const {
    std::vector<float> row(size_t(m_nBins), 0.0f);
    const Band &b = m_bands[size_t(m)];
    std::copy(b.weights.begin(), b.weights.end(), row.begin() + b.firstBin);
    return row;
}

} // namespace gtzan
