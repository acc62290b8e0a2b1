#pragma once
#include <vector>

namespace gtzan {

// The mean and the sample standard deviation (n - 1) of a few figures, e.g. one accuracy per seed.
struct MeanSd {
    double mean = 0;
    double sd = 0; // 0 for fewer than two values
    int n = 0;
};
MeanSd meanAndSampleSd(const std::vector<double> &values);

} // namespace gtzan
