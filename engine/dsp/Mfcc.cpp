#include "dsp/Mfcc.h"
#include <algorithm>
#include <cmath>
#include <vector>

namespace gtzan {

Matrix mfccFromMelDb(const Matrix &melDb, int coefficients) {
    const int bands = melDb.rows;
    const int kept = std::clamp(coefficients, 0, bands);
    Matrix out(kept, melDb.cols);
    if (bands == 0) return out;
    const double pi = 3.141592653589793;
    std::vector<float> basis(size_t(kept) * size_t(bands));
    for (int k = 0; k < kept; ++k) {
        const double scale = std::sqrt((k == 0 ? 1.0 : 2.0) / bands);
        for (int m = 0; m < bands; ++m) basis[size_t(k) * size_t(bands) + size_t(m)] = float(scale * std::cos(pi * k * (2 * m + 1) / (2.0 * bands)));
    }
    for (int k = 0; k < kept; ++k) {
        float *dst = out.row(k);
        for (int m = 0; m < bands; ++m) {
            const float w = basis[size_t(k) * size_t(bands) + size_t(m)];
            const float *src = melDb.row(m);
            for (int c = 0; c < melDb.cols; ++c) dst[c] += w * src[c];
        }
    }
    return out;
}

} // namespace gtzan
