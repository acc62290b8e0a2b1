#pragma once
#include <functional>
#include <vector>

namespace gtzan {

// Filters audio through a time-frequency gain: the STFT (periodic Hann of nFft, hop nFft / 4,
// FFTW), every bin multiplied by gain(seconds, hz) of its frame's centre and its frequency, and
// the inverse STFT by weighted overlap-add (the window applied again, divided by the summed
// squared window), so a gain of 1 everywhere gives the input back. Same length as the input.
std::vector<float> applySpectralGain(const std::vector<float> &samples, int sampleRate, int nFft,
                                     const std::function<float(double seconds, double hz)> &gain);

} // namespace gtzan
