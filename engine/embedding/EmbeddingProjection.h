#pragma once
#include "common/Matrix.h"
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// A 2-D map of embeddings (n points x d), in LibTorch, double precision.
//  - PCA: the two leading principal components of the standardised points.
//  - t-SNE (van der Maaten and Hinton 2008), exact: Gaussian input affinities at the given
//    perplexity (binary search per point), Student-t output affinities, gradient descent with
//    early exaggeration (12, first 250 steps), momentum 0.5 then 0.8, per-coordinate gains and a
//    learning rate of max(n / 48, 50), from a Gaussian start drawn from `seed`. Points are first
//    reduced to at most 50 principal components. Exact t-SNE costs n^2 memory and time per step,
//    so above exactUpTo points (3000) Barnes-Hut t-SNE (BarnesHutTsne.h: sparse affinities over
//    the nearest neighbours, quadtree repulsion, theta 0.5) takes over, up to kMaxTsnePoints.
// Same points, options and seed: the same map, to the last bit (one thread's order of sums).
enum class ProjectionMethod { Tsne, Pca };
QString projectionMethodName(ProjectionMethod m);               // "tsne", "pca"
ProjectionMethod projectionMethodFromName(const QString &name); // throws gtzan::Error

struct ProjectionOptions {
    static constexpr int kMaxTsnePoints = 50000;
    int exactUpTo = 3000; // more points: Barnes-Hut
    double theta = 0.5;   // Barnes-Hut's accuracy (0: exact repulsion)
    ProjectionMethod method = ProjectionMethod::Tsne;
    double perplexity = 30.0; // lowered to (n - 1) / 3 for small sets
    int iterations = 1000;
    unsigned seed = 1;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;
};

struct Projection {
    Matrix xy; // n x 2
    ProjectionMethod method = ProjectionMethod::Tsne;
    bool barnesHut = false; // t-SNE: approximated (more than exactUpTo points)
    // What placing a new point needs: the standardisation, the PCA basis, the reduced points.
    std::vector<double> mean, scale; // per input dimension
    Matrix basis;                    // components x d (PCA: 2; t-SNE: up to 50)
    Matrix reduced;                  // n x components
};

// Throws gtzan::Error (fewer than 3 points, ragged or non-finite rows, too many for t-SNE, cancelled).
Projection projectEmbeddings(const Matrix &points, const ProjectionOptions &options = {});

// Where a point that was not in the map falls: PCA projects it; t-SNE, which has no mapping,
// places it at the mean of its 5 nearest map points (in the reduced input space) weighted by
// their Gaussian affinity, so a song lands among the clips it resembles.
std::pair<double, double> placeOnMap(const Projection &map, const std::vector<float> &embedding);

// The mean silhouette (-1..1) of 2-D points grouped by label: how much closer a point is to its
// own group than to the nearest other one. Points whose label is alone count 0.
double silhouetteScore(const Matrix &xy, const std::vector<int> &labels);

} // namespace gtzan
