#pragma once

#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// What the exact and the Barnes-Hut t-SNE share (EmbeddingProjection.cpp, BarnesHutTsne.cpp).

// Point i's conditional affinities p_j|i over `count` squared distances: a Gaussian whose
// precision is found by binary search so that its entropy is log(perplexity), normalised to sum
// 1. `skip` (the point itself among all points; -1: none) gets 0. When every weight underflows
// to 0 the precision is halved until they do not.
void conditionalAffinities(const double *squaredDistances, int count, int skip, double perplexity, double *out);

// The optimiser's schedule (van der Maaten's): early exaggeration 12 and momentum 0.5 for the
// first quarter of the steps (at most 250), then 1 and 0.8; learning rate max(n / 48, 50).
struct TsneSchedule {
    TsneSchedule(int points, int iterations);
    double rate;
    int exaggerated; // steps with early exaggeration
    double exaggeration(int step) const { return step < exaggerated ? 12.0 : 1.0; }
    double momentum(int step) const { return step < exaggerated ? 0.5 : 0.8; }
};

// The cost's gradient at positions y (n x 2, row after row) under the early exaggeration given,
// written to grad (the same size).
using TsneGradient = std::function<void(const std::vector<double> &y, double exaggeration, std::vector<double> &grad)>;

// The optimiser from the start positions y: `iterations` steps along gradient on the schedule
// above. Each coordinate's gain shrinks (x 0.8) where the gradient has the sign of the last step
// and grows (+ 0.2) where it has not (at least 0.01); the step is momentum times the last step
// minus rate x gain x gradient; the map is centred on 0 after every step. Checks cancel (throws
// gtzan::Cancelled) and reports progress every 25 steps.
std::vector<double> optimiseTsne(std::vector<double> y, int iterations, const std::atomic_bool *cancel,
                                 const std::function<void(double fraction)> &progress, const TsneGradient &gradient);

} // namespace gtzan
