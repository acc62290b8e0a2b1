#include "augment/MaskRegions.h"

namespace gtzan {

namespace {
std::vector<std::pair<int, int>> intervals(const std::vector<bool> &flags) {
    std::vector<std::pair<int, int>> out;
    for (int i = 0; i < int(flags.size()); ++i) {
        if (!flags[size_t(i)]) continue;
        if (!out.empty() && out.back().second == i - 1) out.back().second = i;
        else out.emplace_back(i, i);
    }
    return out;
}
} // namespace

MaskRegions maskRegions(const AugmentationDraw &draw, int rows, int cols) {
    MaskRegions regions;
    if (!draw.hasMasks() || rows <= 0 || cols <= 0) return regions;
    // Distinct odd values: a masked cell takes the matrix mean, which then differs from what was there.
    Matrix probe(rows, cols);
    for (size_t i = 0; i < probe.data.size(); ++i) probe.data[i] = float(2 * (i % 4000000) + 1);
    const Matrix before = probe;
    applyMaskDraw(draw, probe);
    std::vector<int> rowChanged(size_t(rows), 0), colChanged(size_t(cols), 0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if (probe.at(r, c) != before.at(r, c)) ++rowChanged[size_t(r)], ++colChanged[size_t(c)];
    // One cell may already have held the mean by chance; a mask changes all the others.
    std::vector<bool> rowMasked(static_cast<size_t>(rows)), colMasked(static_cast<size_t>(cols));
    for (int r = 0; r < rows; ++r) rowMasked[size_t(r)] = rowChanged[size_t(r)] >= cols - 1 && cols > 1;
    for (int c = 0; c < cols; ++c) colMasked[size_t(c)] = colChanged[size_t(c)] >= rows - 1 && rows > 1;
    if (draw.freqMasks > 0) regions.rows = intervals(rowMasked);
    if (draw.timeMasks > 0) regions.cols = intervals(colMasked);
    return regions;
}

} // namespace gtzan
