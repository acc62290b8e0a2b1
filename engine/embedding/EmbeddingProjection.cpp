#include "embedding/EmbeddingProjection.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "embedding/BarnesHutTsne.h"
#include "embedding/TsneSteps.h"
#include <algorithm>
#include <cmath>
#include <limits>
#include <torch/torch.h>

namespace gtzan {

QString projectionMethodName(ProjectionMethod m) { return m == ProjectionMethod::Pca ? QStringLiteral("pca") : QStringLiteral("tsne"); }

ProjectionMethod projectionMethodFromName(const QString &name) {
    if (name == QLatin1String("tsne")) return ProjectionMethod::Tsne;
    if (name == QLatin1String("pca")) return ProjectionMethod::Pca;
    throw Error(QStringLiteral("Unknown map method \"%1\" (known: tsne, pca)").arg(name));
}

namespace {

torch::Tensor toTensor(const Matrix &m) {
    return torch::from_blob(const_cast<float *>(m.data.data()), {m.rows, m.cols}, torch::kFloat32).to(torch::kFloat64).clone();
}

Matrix toMatrix(const torch::Tensor &t) {
    const torch::Tensor c = t.to(torch::kFloat32).contiguous();
    Matrix m(int(c.size(0)), int(c.size(1)));
    std::copy(c.data_ptr<float>(), c.data_ptr<float>() + c.numel(), m.data.begin());
    return m;
}

// Map positions (n x 2, row after row, as both t-SNE methods give them) as a Matrix.
Matrix toMatrix(const std::vector<double> &xy) {
    Matrix m(int(xy.size() / 2), 2);
    std::transform(xy.begin(), xy.end(), m.data.begin(), [](double v) { return float(v); });
    return m;
}

// Principal directions (k x d) of centred rows, by SVD; each sign fixed so its largest
// coefficient is positive (an SVD may return either sign).
torch::Tensor principalAxes(const torch::Tensor &centred, int64_t k) {
    const auto svd = torch::linalg::svd(centred, false, c10::nullopt);
    torch::Tensor v = std::get<2>(svd).slice(0, 0, k).clone();
    for (int64_t i = 0; i < v.size(0); ++i) {
        const int64_t at = v[i].abs().argmax().item<int64_t>();
        if (v[i][at].item<double>() < 0) v[i] *= -1;
    }
    return v;
}

// Input affinities: each row's conditional affinities over all other points (TsneSteps.h).
torch::Tensor inputAffinities(const torch::Tensor &d2, double perplexity, const ProjectionOptions &o) {
    const int64_t n = d2.size(0);
    torch::Tensor p = torch::zeros({n, n}, torch::kFloat64);
    const torch::Tensor dc = d2.contiguous();
    for (int64_t i = 0; i < n; ++i) {
        if (i % 256 == 0) throwIfCancelled(o.cancel);
        conditionalAffinities(dc.data_ptr<double>() + i * n, int(n), int(i), perplexity, p.data_ptr<double>() + i * n);
    }
    return p;
}

torch::Tensor squaredDistances(const torch::Tensor &x) {
    const torch::Tensor sq = (x * x).sum(1, true);
    return (sq + sq.t() - 2 * x.matmul(x.t())).clamp_min(0.0);
}

// Exact t-SNE from the symmetric affinities p (n x n) and the start positions y (n x 2). The
// gradient is summed over all pairs in plain loops over buffers made once: one thread, one order
// of sums, and no n x n temporaries a step. (Written with tensors, each step made about ten of
// them, 8 MB each at 1000 points, and multiplied them on OpenBLAS's threads: 1000 points took 17
// to 124 s, mostly page faults and spinning threads; now 2 s.)
std::vector<double> exactTsne(const double *p, int n, std::vector<double> start, const ProjectionOptions &o) {
    const size_t count = size_t(n);
    std::vector<double> kernel(count * count, 0.0);
    const TsneGradient gradient = [&](const std::vector<double> &y, double exaggeration, std::vector<double> &grad) {
        // The Student-t kernel of every pair and its sum over all ordered pairs.
        double total = 0;
        for (size_t i = 0; i < count; ++i)
            for (size_t j = i + 1; j < count; ++j) {
                const double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                const double k = 1.0 / (1.0 + dx * dx + dy * dy);
                kernel[i * count + j] = kernel[j * count + i] = k;
                total += 2 * k;
            }
        // dC/dy_i = 4 sum_j (exaggeration p_ij - q_ij) k_ij (y_i - y_j), q_ij = k_ij / total.
        for (size_t i = 0; i < count; ++i) {
            double gx = 0, gy = 0;
            const double *row = kernel.data() + i * count, *pRow = p + i * count;
            for (size_t j = 0; j < count; ++j) {
                if (j == i) continue;
                const double w = (exaggeration * pRow[j] - std::max(row[j] / total, 1e-12)) * row[j];
                gx += w * (y[2 * i] - y[2 * j]);
                gy += w * (y[2 * i + 1] - y[2 * j + 1]);
            }
            grad[2 * i] = 4.0 * gx;
            grad[2 * i + 1] = 4.0 * gy;
        }
    };
    return optimiseTsne(std::move(start), o.iterations, o.cancel, o.progress, gradient);
}

} // namespace

Projection projectEmbeddings(const Matrix &points, const ProjectionOptions &o) {
    const int64_t n = points.rows, d = points.cols;
    if (n < 3 || d < 1) throw Error(QStringLiteral("A map needs at least 3 points with at least one value each, not %1").arg(n));
    for (float v : points.data)
        if (!std::isfinite(v)) throw Error(QStringLiteral("An embedding holds a value that is not a finite number"));
    if (o.method == ProjectionMethod::Tsne && n > ProjectionOptions::kMaxTsnePoints)
        throw Error(QStringLiteral("t-SNE of %1 points would take hours on a CPU; at most %2 points (use PCA for more)")
                        .arg(n)
                        .arg(ProjectionOptions::kMaxTsnePoints));
    if (o.iterations < 1 || o.perplexity <= 0) throw Error(QStringLiteral("The map's settings are out of range"));
    // One thread: sums in one order, so a seed gives the same map on every run and machine load.
    const int threads = torch::get_num_threads();
    torch::set_num_threads(1);
    struct RestoreThreads {
        int n;
        ~RestoreThreads() { torch::set_num_threads(n); }
    } restore{threads};
    torch::NoGradGuard noGrad;

    Projection out;
    out.method = o.method;
    torch::Tensor x = toTensor(points);
    const torch::Tensor mean = x.mean(0);
    torch::Tensor scale = x.std(0, false);
    scale = torch::where(scale > 1e-12, scale, torch::ones_like(scale));
    x = (x - mean) / scale;
    out.mean.assign(mean.data_ptr<double>(), mean.data_ptr<double>() + d);
    out.scale.assign(scale.contiguous().data_ptr<double>(), scale.contiguous().data_ptr<double>() + d);
    const int64_t components = std::min<int64_t>({o.method == ProjectionMethod::Pca ? 2 : 50, d, n});
    const torch::Tensor axes = principalAxes(x, components);
    const torch::Tensor reduced = x.matmul(axes.t());
    out.basis = toMatrix(axes);
    out.reduced = toMatrix(reduced);
    if (o.method == ProjectionMethod::Pca) {
        torch::Tensor xy = reduced;
        if (xy.size(1) < 2) xy = torch::cat({xy, torch::zeros({n, 2 - xy.size(1)}, torch::kFloat64)}, 1);
        out.xy = toMatrix(xy);
        if (o.progress) o.progress(1.0);
        return out;
    }

    if (n > o.exactUpTo) {
        BarnesHutOptions bh;
        bh.perplexity = o.perplexity;
        bh.iterations = o.iterations;
        bh.theta = o.theta;
        bh.seed = o.seed;
        bh.cancel = o.cancel;
        bh.progress = o.progress;
        const torch::Tensor r = reduced.contiguous();
        const std::vector<double> rows(r.data_ptr<double>(), r.data_ptr<double>() + r.numel());
        out.xy = toMatrix(barnesHutTsne(rows, int(n), int(r.size(1)), bh));
        out.barnesHut = true;
        return out;
    }
    const double perplexity = std::min(o.perplexity, std::max(1.0, (n - 1) / 3.0));
    torch::Tensor p = inputAffinities(squaredDistances(reduced), perplexity, o);
    p = ((p + p.t()) / (2.0 * n)).clamp_min(1e-12).contiguous();
    torch::Generator gen = at::detail::createCPUGenerator(o.seed);
    const torch::Tensor start = (torch::randn({n, 2}, gen, torch::kFloat64) * 1e-4).contiguous();
    out.xy = toMatrix(exactTsne(p.data_ptr<double>(), int(n), std::vector<double>(start.data_ptr<double>(), start.data_ptr<double>() + 2 * n), o));
    if (o.progress) o.progress(1.0);
    return out;
}

std::pair<double, double> placeOnMap(const Projection &map, const std::vector<float> &embedding) {
    const int d = int(map.mean.size());
    if (int(embedding.size()) != d) throw Error(QStringLiteral("An embedding of %1 values does not fit a map of %2").arg(embedding.size()).arg(d));
    std::vector<double> reduced(size_t(map.basis.rows), 0.0);
    for (int k = 0; k < map.basis.rows; ++k)
        for (int j = 0; j < d; ++j) reduced[size_t(k)] += map.basis.at(k, j) * ((embedding[size_t(j)] - map.mean[size_t(j)]) / map.scale[size_t(j)]);
    if (map.method == ProjectionMethod::Pca) return {reduced[0], map.basis.rows > 1 ? reduced[1] : 0.0};
    const int n = map.reduced.rows;
    std::vector<std::pair<double, int>> distances;
    for (int i = 0; i < n; ++i) {
        double s = 0;
        for (int k = 0; k < map.reduced.cols; ++k) s += std::pow(map.reduced.at(i, k) - reduced[size_t(k)], 2);
        distances.push_back({s, i});
    }
    const size_t k = std::min<size_t>(5, distances.size());
    std::partial_sort(distances.begin(), distances.begin() + long(k), distances.end());
    // Affinities relative to the nearest, so a far-away song still gets finite weights.
    const double nearest = distances.front().first, width = std::max(1e-12, distances[k - 1].first);
    double x = 0, y = 0, total = 0;
    for (size_t i = 0; i < k; ++i) {
        const double w = std::exp(-(distances[i].first - nearest) / width);
        x += w * map.xy.at(distances[i].second, 0);
        y += w * map.xy.at(distances[i].second, 1);
        total += w;
    }
    return {x / total, y / total};
}

double silhouetteScore(const Matrix &xy, const std::vector<int> &labels) {
    const int n = xy.rows;
    if (n < 2 || int(labels.size()) != n) return 0.0;
    const int groups = *std::max_element(labels.begin(), labels.end()) + 1;
    std::vector<int> size(size_t(std::max(groups, 1)), 0);
    for (int l : labels)
        if (l >= 0) ++size[size_t(l)];
    double total = 0;
    for (int i = 0; i < n; ++i) {
        if (labels[size_t(i)] < 0 || size[size_t(labels[size_t(i)])] < 2) continue;
        std::vector<double> sum(size.size(), 0.0);
        for (int j = 0; j < n; ++j) {
            if (j == i || labels[size_t(j)] < 0) continue;
            sum[size_t(labels[size_t(j)])] += std::hypot(xy.at(i, 0) - xy.at(j, 0), xy.at(i, 1) - xy.at(j, 1));
        }
        const int own = labels[size_t(i)];
        const double a = sum[size_t(own)] / (size[size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (size_t g = 0; g < size.size(); ++g)
            if (int(g) != own && size[g] > 0) b = std::min(b, sum[g] / size[g]);
        if (std::isfinite(b) && std::max(a, b) > 0) total += (b - a) / std::max(a, b);
    }
    return total / n;
}

} // namespace gtzan
