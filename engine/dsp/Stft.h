#pragma once
#include "common/Matrix.h"
#include <vector>

namespace gtzan {

// Power spectrogram |STFT|^2 as librosa 0.8 computes it: periodic Hann window of winLength
// (zero-padded to nFft when shorter), center=True with reflect padding of nFft/2.
// Output: (nFft/2 + 1) rows x (1 + n/hop) frames. FFTW3 single precision; plans are made once
// per size and shared, and execution is safe from several threads at once.
Matrix powerSpectrogram(const float *samples, size_t n, int nFft, int hop, int winLength);

// The periodic Hann window (scipy.signal.get_window('hann', N, fftbins=True)).
std::vector<float> hannPeriodic(int length);

namespace detail {
// Calls `onFrame(frameIndex, power)` for every frame with its nFft/2+1 power values, without
// keeping the whole spectrogram: the mel projection consumes frames as they are made.
template <typename F> void forEachPowerFrame(const float *samples, size_t n, int nFft, int hop, int winLength, F onFrame);
} // namespace detail

} // namespace gtzan

#include "dsp/StftImpl.h"
