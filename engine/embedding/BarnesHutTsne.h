#pragma once
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// Barnes-Hut t-SNE (van der Maaten 2014) for maps too large for the exact n^2 method: input
// affinities only between each point and its 3 x perplexity nearest neighbours (found exactly,
// in blocks, so memory stays n x k), the repulsion between all points approximated through a
// quadtree (a cell far enough away, width / distance < theta, acts as one point at its centre of
// mass). Same optimiser as the exact method (early exaggeration, momentum, gains), one thread,
// so a seed gives the same map to the bit. `points` is n x d row-major (already standardised and
// reduced); the result is n x 2 row-major.
struct BarnesHutOptions {
    double perplexity = 30.0;
    int iterations = 1000;
    double theta = 0.5;
    unsigned seed = 1;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;
};

std::vector<double> barnesHutTsne(const std::vector<double> &points, int n, int d, const BarnesHutOptions &options); // throws gtzan::Error

} // namespace gtzan
