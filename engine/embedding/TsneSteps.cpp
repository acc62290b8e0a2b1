#include "embedding/TsneSteps.h"
#include "common/Cancellation.h"
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

std::vector<double> optimiseTsne(std::vector<double> y, int iterations, const std::atomic_bool *cancel,
                                 const std::function<void(double fraction)> &progress, const TsneGradient &gradient) {
    const int n = int(y.size() / 2);
    std::vector<double> velocity(y.size(), 0.0), gains(y.size(), 1.0), grad(y.size(), 0.0);
    const TsneSchedule schedule(n, iterations);
    for (int it = 0; it < iterations; ++it) {
        if (it % 25 == 0) {
            throwIfCancelled(cancel);
            if (progress) progress(double(it) / iterations);
        }
        gradient(y, schedule.exaggeration(it), grad);
        const double momentum = schedule.momentum(it);
        double sum[2] = {0, 0};
        for (size_t c = 0; c < y.size(); ++c) {
            const bool same = (grad[c] > 0) == (velocity[c] > 0);
            gains[c] = std::max(0.01, same ? gains[c] * 0.8 : gains[c] + 0.2);
            velocity[c] = momentum * velocity[c] - schedule.rate * gains[c] * grad[c];
            y[c] += velocity[c];
            sum[c % 2] += y[c];
        }
        for (size_t c = 0; c < y.size(); ++c) y[c] -= sum[c % 2] / n;
    }
    return y;
}

} // namespace gtzan
