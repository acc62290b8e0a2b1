#pragma once
#include "augment/AugmentationChain.h"
#include <utility>
#include <vector>

namespace gtzan {

// Where a draw's SpecAugment masks fall on a (rows x cols) matrix, as [first, last] intervals
// of rows (frequency masks) and of columns (time masks): what the explorer outlines on the
// spectrogram. Found by applying the draw itself to a probe matrix, so it can never disagree
// with applyMaskDraw.
struct MaskRegions {
    std::vector<std::pair<int, int>> rows;
    std::vector<std::pair<int, int>> cols;
};
MaskRegions maskRegions(const AugmentationDraw &draw, int rows, int cols);

} // namespace gtzan
