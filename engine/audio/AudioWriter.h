#pragma once
#include "audio/Audio.h"

namespace gtzan {

// Writes mono audio as 16-bit PCM (or float with `asFloat`); the container follows the
// extension (.wav, .flac, .aiff, .au, .ogg, .opus at 8/12/16/24/48 kHz, .mp3). Atomic: a temporary file renamed into place, so a
// failure never leaves a half-written file where a good one was. Throws gtzan::Error.
void writeAudio(const QString &path, const Audio &audio, bool asFloat = false);

} // namespace gtzan
