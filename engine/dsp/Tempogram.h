#pragma once
#include "common/Matrix.h"
#include <vector>

namespace gtzan {

// A tempogram: for each moment, how strongly the onset curve repeats at each tempo. The
// autocorrelation of the Hann-windowed onset strength around that moment (windowSeconds long),
// normalised by its lag-0 value, read at `rows` tempi spaced geometrically from minBpm to maxBpm
// (lag = 60 / bpm seconds, interpolated between frames). Columns are every `step` onset frames,
// step chosen so that there are at most maxColumns; steady music shows horizontal lines at its
// tempo and its multiples.
struct TempogramOptions {
    double windowSeconds = 8.0;
    double minBpm = 30.0;
    double maxBpm = 480.0;
    int rows = 96;
    int maxColumns = 2000;
};

struct Tempogram {
    Matrix strength;            // rows x columns, each value in [-1, 1]
    std::vector<double> rowBpm; // tempo of each row, rising
    int step = 1;               // onset frames per column
};

Tempogram computeTempogram(const std::vector<float> &onsetStrength, double framesPerSecond, const TempogramOptions &options = {});

} // namespace gtzan
