#pragma once
// The template part of Stft.h (one place that walks the frames, used by both the full
// spectrogram and the mel projection).
#include <cstddef>
#include <mutex>
#include <vector>

namespace gtzan::detail {

// The one lock around FFTW's planner, for every file that makes FFTW plans.
std::mutex &plannerMutex();

// A reusable, per-thread FFT workspace for one size: plan shared (made under a lock), buffers own.
class FftWorkspace {
public:
    explicit FftWorkspace(int nFft);
    ~FftWorkspace();
    FftWorkspace(const FftWorkspace &) = delete;
    FftWorkspace &operator=(const FftWorkspace &) = delete;
    float *input() { return m_in; }
    // Runs the FFT of input() and writes |X_k|^2 for k = 0..nFft/2 into power.
    void powerSpectrum(float *power);

private:
    int m_n;
    float *m_in;
    void *m_out;  // fftwf_complex*
    void *m_plan; // fftwf_plan
};

// Reflect padding as numpy.pad(mode='reflect'): index -1 maps to 1, n maps to n-2.
inline size_t reflectIndex(long long i, size_t n) {
    if (n == 1) return 0;
    const long long len = static_cast<long long>(n);
    const long long period = 2 * (len - 1);
    i %= period;
    if (i < 0) i += period;
    return static_cast<size_t>(i < len ? i : period - i);
}

const std::vector<float> &cachedHann(int winLength, int nFft); // centred in nFft, as librosa pads it

template <typename F> void forEachPowerFrame(const float *samples, size_t n, int nFft, int hop, int winLength, F onFrame) {
    if (n == 0) return;
    const std::vector<float> &window = cachedHann(winLength, nFft);
    FftWorkspace fft(nFft);
    std::vector<float> power(static_cast<size_t>(nFft / 2 + 1));
    const long long pad = nFft / 2;
    const int frames = int(n / size_t(hop)) + 1;
    float *in = fft.input();
    for (int t = 0; t < frames; ++t) {
        const long long start = (long long)t * hop - pad;
        if (start >= 0 && start + nFft <= (long long)n) {
            const float *src = samples + start;
            for (int i = 0; i < nFft; ++i) in[i] = src[i] * window[size_t(i)];
        } else {
            for (int i = 0; i < nFft; ++i) in[i] = samples[reflectIndex(start + i, n)] * window[size_t(i)];
        }
        fft.powerSpectrum(power.data());
        onFrame(t, power.data());
    }
}

} // namespace gtzan::detail
