#include "dsp/Stft.h"
#include "common/Error.h"
#include <QString>
#include <cmath>
#include <fftw3.h>
#include <map>
#include <memory>
#include <mutex>

namespace gtzan {

std::vector<float> hannPeriodic(int length) {
    std::vector<float> w(static_cast<size_t>(length));
    for (int i = 0; i < length; ++i) w[size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * M_PI * i / length));
    return w;
}

namespace detail {

// FFTW's planner is not thread-safe; execution with the new-array interface is. One plan per
// size, made on first use under this lock and kept for the program's life.
std::mutex &plannerMutex() {
    static std::mutex m;
    return m;
}

namespace {

fftwf_plan planFor(int n) {
    // Never destroyed: the plans live as long as the process, and the map keeps them reachable
    // to the end (a static map would be destroyed at exit and orphan them: LeakSanitizer's report).
    static auto *const plans = new std::map<int, fftwf_plan>;
    std::lock_guard<std::mutex> lock(plannerMutex());
    auto it = plans->find(n);
    if (it != plans->end()) return it->second;
    float *in = fftwf_alloc_real(size_t(n));
    fftwf_complex *out = fftwf_alloc_complex(size_t(n / 2 + 1));
    // FFTW_ESTIMATE, not FFTW_MEASURE: a measured plan is whichever algorithm was fastest in that
    // moment, so the same clip gave spectrograms differing in the last bits from one process to
    // the next (3 different results in 12 runs when the machine was busy), and with them
    // trainings that a seed could not repeat. The estimated plan is the same every time; the
    // spectrogram's share of the feature time hardly moves (docs/benchmarks.md).
    fftwf_plan p = fftwf_plan_dft_r2c_1d(n, in, out, FFTW_ESTIMATE);
    fftwf_free(in);
    fftwf_free(out);
    if (!p) throw Error(QStringLiteral("FFTW could not plan an FFT of size %1").arg(n));
    plans->emplace(n, p);
    return p;
}
} // namespace

FftWorkspace::FftWorkspace(int nFft) : m_n(nFft) {
    m_plan = planFor(nFft);
    // fftwf_alloc_* gives the SIMD alignment the plan was made with, as new-array execution requires.
    m_in = fftwf_alloc_real(size_t(nFft));
    m_out = fftwf_alloc_complex(size_t(nFft / 2 + 1));
}

FftWorkspace::~FftWorkspace() {
    fftwf_free(m_in);
    fftwf_free(m_out);
}

void FftWorkspace::powerSpectrum(float *power) {
    auto *out = static_cast<fftwf_complex *>(m_out);
    fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_plan), m_in, out);
    const int bins = m_n / 2 + 1;
    for (int k = 0; k < bins; ++k) power[k] = out[k][0] * out[k][0] + out[k][1] * out[k][1];
}

const std::vector<float> &cachedHann(int winLength, int nFft) {
    static std::mutex m;
    static std::map<std::pair<int, int>, std::unique_ptr<std::vector<float>>> cache;
    std::lock_guard<std::mutex> lock(m);
    auto &slot = cache[{winLength, nFft}];
    if (!slot) {
        // librosa pads a shorter window with zeros on both sides to nFft (util.pad_center).
        std::vector<float> w = hannPeriodic(winLength);
        slot = std::make_unique<std::vector<float>>(size_t(nFft), 0.0f);
        const int offset = (nFft - winLength) / 2;
        for (int i = 0; i < winLength; ++i) (*slot)[size_t(offset + i)] = w[size_t(i)];
    }
    return *slot;
}

} // namespace detail

Matrix powerSpectrogram(const float *samples, size_t n, int nFft, int hop, int winLength) {
    const int bins = nFft / 2 + 1;
    const int frames = n ? int(n / size_t(hop)) + 1 : 0;
    Matrix spec(bins, frames);
    detail::forEachPowerFrame(samples, n, nFft, hop, winLength, [&](int t, const float *power) {
        for (int k = 0; k < bins; ++k) spec.at(k, t) = power[k];
    });
    return spec;
}

} // namespace gtzan
