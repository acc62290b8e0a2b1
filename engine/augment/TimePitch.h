#pragma once
#include "audio/Audio.h"

namespace gtzan {

// Time stretch and pitch shift with Rubber Band (offline, two passes, so the output length
// is exact and there is no start delay to trim).

// Plays `rate` times faster with the pitch kept: the duration becomes duration / rate.
// rate must be within [0.5, 2.0]; throws gtzan::Error otherwise.
Audio timeStretch(const Audio &audio, double rate);

// Moves every frequency by 2^(semitones/12) and keeps the duration. |semitones| <= 12.
Audio pitchShift(const Audio &audio, double semitones);

} // namespace gtzan
