#pragma once
#include "common/Matrix.h"
#include <cstdint>

namespace gtzan {

// SpecAugment's masks (Park et al. 2019) on a (bands x frames) feature matrix: `count` bands
// of rows (frequency) or of columns (time), each of a width drawn uniformly in [minWidth,
// maxWidth] at a uniform position, are set to the matrix mean (the neutral value of a
// normalised or dB feature). Positions come from `seed` only, so the same seed masks the same cells.
void applyFrequencyMasks(Matrix &m, int count, int minWidth, int maxWidth, std::uint64_t seed);
void applyTimeMasks(Matrix &m, int count, int minWidth, int maxWidth, std::uint64_t seed);

} // namespace gtzan
