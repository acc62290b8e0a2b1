#pragma once
#include <cstddef>
#include <vector>

namespace gtzan {

// Slaney mel scale (librosa htk=False): linear below 1 kHz, logarithmic above.
double hzToMel(double hz);
double melToHz(double mel);

// librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax, htk=False, norm='slaney'), stored sparsely:
// each triangle touches only a few FFT bins, so the projection costs O(bins) per frame
// instead of O(bins x mels).
class MelFilterbank {
public:
    MelFilterbank(int sampleRate, int nFft, int nMels, double fmin, double fmax);

    int nMels() const { return int(m_bands.size()); }
    int nBins() const { return m_nBins; }
    // mel[m] = sum_k weight[m][k] * power[k]
    void apply(const float *power, float *mel) const;
    // Dense row of band m (for plots and tests).
    std::vector<float> denseRow(int m) const;
    // Centre frequency of band m in Hz (for axis labels).
    double centreHz(int m) const { return m_centresHz[size_t(m)]; }

private:
    struct Band {
        int firstBin = 0;
        std::vector<float> weights;
    };
    std::vector<Band> m_bands;
    std::vector<double> m_centresHz;
    int m_nBins = 0;
};

} // namespace gtzan
