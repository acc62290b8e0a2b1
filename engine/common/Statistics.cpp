#include "common/Statistics.h"
#include <cmath>

namespace gtzan {

MeanSd meanAndSampleSd(const std::vector<double> &values) {
    MeanSd out;
    out.n = int(values.size());
    if (values.empty()) return out;
    double sum = 0;
    for (double x : values) sum += x;
    out.mean = sum / double(values.size());
    double sq = 0;
    for (double x : values) sq += (x - out.mean) * (x - out.mean);
    out.sd = values.size() > 1 ? std::sqrt(sq / double(values.size() - 1)) : 0.0;
    return out;
}

} // namespace gtzan
