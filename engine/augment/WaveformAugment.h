#pragma once
#include "audio/Audio.h"
#include <cstdint>

namespace gtzan {

// The simple waveform augmentations, each in place on mono audio.

// Adds white Gaussian noise so that 10 log10(P_signal / P_noise) is exactly snrDb: the noise
// drawn from `seed` is scaled to the power the SNR asks for. Silence stays silent (no SNR exists).
void addNoise(Audio &audio, double snrDb, std::uint64_t seed);

// Moves the signal later by `seconds` (earlier when negative), rounded to whole samples.
// Circular: what falls off one end comes back at the other (numpy.roll); otherwise the gap is
// filled with zeros. The length never changes.
void shiftAudio(Audio &audio, double seconds, bool circular = true);
void shiftSamples(Audio &audio, long long samples, bool circular = true);

// Multiplies by 10^(db/20). Samples may leave [-1, 1]; writers clip, features do not care.
void applyGain(Audio &audio, double db);

} // namespace gtzan
