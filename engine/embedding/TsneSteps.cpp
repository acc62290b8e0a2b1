#include "embedding/TsneSteps.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace gtzan {

void conditionalAffinities(const double *d, int count, int skip, double perplexity, double *out) {
    const double target = std::log(perplexity);
    double beta = 1.0, lo = 0.0, hi = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 100; ++step) {
        double sum = 0, weighted = 0;
        for (int j = 0; j < count; ++j) {
            const double w = j == skip ? 0.0 : std::exp(-beta * d[j]);
            out[j] = w;
            sum += w;
            weighted += w * d[j];
        }
        if (sum <= 0) { // every other point too far for this precision (or none): widen
            hi = beta;
            beta = (lo + hi) / 2;
            continue;
        }
        const double entropy = std::log(sum) + beta * weighted / sum;
        if (std::abs(entropy - target) < 1e-5) break;
        if (entropy > target) {
            lo = beta;
            beta = std::isinf(hi) ? beta * 2 : (lo + hi) / 2;
        } else {
            hi = beta;
            beta = (lo + hi) / 2;
        }
    }
    double sum = 0;
    for (int j = 0; j < count; ++j) sum += out[j];
    for (int j = 0; j < count; ++j) out[j] = sum > 0 ? out[j] / sum : 0.0;
}

TsneSchedule::TsneSchedule(int points, int iterations) : rate(std::max(double(points) / 48.0, 50.0)), exaggerated(std::min(250, iterations / 4)) {}

void tsneStep(std::vector<double> &y, std::vector<double> &velocity, std::vector<double> &gains, const std::vector<double> &grad, double momentum,
              double rate) {
    double sum[2] = {0, 0};
    for (size_t c = 0; c < y.size(); ++c) {
        const bool same = (grad[c] > 0) == (velocity[c] > 0);
        gains[c] = std::max(0.01, same ? gains[c] * 0.8 : gains[c] + 0.2);
        velocity[c] = momentum * velocity[c] - rate * gains[c] * grad[c];
        y[c] += velocity[c];
        sum[c % 2] += y[c];
    }
    const double points = double(y.size() / 2);
    const double mean[2] = {sum[0] / points, sum[1] / points};
    for (size_t c = 0; c < y.size(); ++c) y[c] -= mean[c % 2];
}

} // namespace gtzan
