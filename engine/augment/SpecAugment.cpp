#include "augment/SpecAugment.h"
#include "augment/SeededRandom.h"
#include <algorithm>

namespace gtzan {

namespace {

float meanOf(const Matrix &m) {
    double s = 0;
    for (float v : m.data) s += v;
    return m.data.empty() ? 0.0f : float(s / double(m.data.size()));
}

// Draws `count` (start, width) intervals inside [0, extent) and calls fill for each.
template <typename Fill> void drawMasks(int extent, int count, int minWidth, int maxWidth, std::uint64_t seed, Fill fill) {
    if (extent <= 0 || count <= 0) return;
    SeededRandom rng(seed);
    const int lo = std::clamp(std::min(minWidth, maxWidth), 0, extent);
    const int hi = std::clamp(std::max(minWidth, maxWidth), 0, extent);
    for (int i = 0; i < count; ++i) {
        const int width = lo + int(rng.below(std::uint64_t(hi - lo + 1)));
        const int start = int(rng.below(std::uint64_t(extent - width + 1)));
        if (width > 0) fill(start, width);
    }
}

} // namespace

void applyFrequencyMasks(Matrix &m, int count, int minWidth, int maxWidth, std::uint64_t seed) {
    const float value = meanOf(m);
    drawMasks(m.rows, count, minWidth, maxWidth, seed, [&](int start, int width) {
        for (int r = start; r < start + width; ++r) std::fill(m.row(r), m.row(r) + m.cols, value);
    });
}

void applyTimeMasks(Matrix &m, int count, int minWidth, int maxWidth, std::uint64_t seed) {
    const float value = meanOf(m);
    drawMasks(m.cols, count, minWidth, maxWidth, seed, [&](int start, int width) {
        for (int r = 0; r < m.rows; ++r) std::fill(m.row(r) + start, m.row(r) + start + width, value);
    });
}

} // namespace gtzan
