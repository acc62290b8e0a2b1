#pragma once
#include "audio/Audio.h"
#include "augment/AugmentationChain.h"
#include <optional>

namespace gtzan {

// The augmented clip around one moment, fast: what a player switching to a new time stretch or
// pitch shift needs to hear next, before the whole clip is rendered (Rubber Band on a 30 s clip
// takes about half a second). Renders only the part of the original that output seconds
// [fromSeconds, fromSeconds + seconds] come from (with a short pre-roll, dropped, so the
// stretcher has settled), and returns a clip of the whole output's length that holds that part
// and silence elsewhere. The full render (applyWaveformDraw) replaces it. Noise is drawn for the
// part alone and its SNR is against the part: the same kind of noise at about the same level.
// Empty (std::nullopt) when the draw has no stretch or pitch (everything else is quick whole) or
// has a shift (the part would wrap around the clip's end).
std::optional<Audio> renderAugmentationAround(const AugmentationDraw &draw, const Audio &original, double fromSeconds, double seconds);

} // namespace gtzan
