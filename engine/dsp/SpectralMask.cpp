#include "dsp/SpectralMask.h"
#include "common/Error.h"
#include "dsp/Stft.h"
#include <QString>
#include <algorithm>
#include <fftw3.h>
#include <memory>

namespace gtzan {

namespace {
struct FftwFree {
    void operator()(void *p) const { fftwf_free(p); }
};
} // namespace

std::vector<float> applySpectralGain(const std::vector<float> &x, int sampleRate, int nFft, const std::function<float(double, double)> &gain) {
    if (nFft < 16 || (nFft & (nFft - 1)) != 0 || sampleRate <= 0) throw Error(QStringLiteral("The spectral gain needs a power-of-two FFT size"));
    const size_t n = x.size();
    std::vector<float> out(n, 0.0f);
    if (n == 0) return out;
    const int hop = nFft / 4, bins = nFft / 2 + 1;
    const std::vector<float> window = hannPeriodic(nFft);
    std::unique_ptr<float, FftwFree> time(fftwf_alloc_real(size_t(nFft)));
    std::unique_ptr<fftwf_complex, FftwFree> spectrum(fftwf_alloc_complex(size_t(bins)));
    fftwf_plan forward, inverse;
    {
        std::lock_guard<std::mutex> lock(detail::plannerMutex());
        forward = fftwf_plan_dft_r2c_1d(nFft, time.get(), spectrum.get(), FFTW_ESTIMATE);
        inverse = fftwf_plan_dft_c2r_1d(nFft, spectrum.get(), time.get(), FFTW_ESTIMATE);
    }
    if (!forward || !inverse) throw Error(QStringLiteral("FFTW could not plan an FFT of size %1").arg(nFft));
    // Frames from -nFft/2 so the start and the end are covered as fully as the middle.
    std::vector<double> acc(n + size_t(nFft), 0.0), norm(n + size_t(nFft), 0.0);
    const long long pad = nFft / 2;
    for (long long start = -pad; start < (long long)n; start += hop) {
        float *t = time.get();
        for (int i = 0; i < nFft; ++i) {
            const long long at = start + i;
            t[i] = at >= 0 && at < (long long)n ? x[size_t(at)] * window[size_t(i)] : 0.0f;
        }
        fftwf_execute(forward);
        const double centre = double(start + pad) / sampleRate;
        for (int k = 0; k < bins; ++k) {
            const float g = std::clamp(gain(centre, double(k) * sampleRate / nFft), 0.0f, 1.0f);
            spectrum.get()[k][0] *= g;
            spectrum.get()[k][1] *= g;
        }
        fftwf_execute(inverse); // unnormalised: nFft times the signal
        for (int i = 0; i < nFft; ++i) {
            const long long at = start + i;
            if (at < 0 || at >= (long long)n) continue;
            acc[size_t(at)] += double(t[i]) / nFft * window[size_t(i)];
            norm[size_t(at)] += double(window[size_t(i)]) * window[size_t(i)];
        }
    }
    {
        std::lock_guard<std::mutex> lock(detail::plannerMutex());
        fftwf_destroy_plan(forward);
        fftwf_destroy_plan(inverse);
    }
    for (size_t i = 0; i < n; ++i) out[i] = norm[i] > 1e-8 ? float(acc[i] / norm[i]) : 0.0f;
    return out;
}

} // namespace gtzan
