#include "embedding/BarnesHutTsne.h"
#include "augment/SeededRandom.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "embedding/TsneSteps.h"
#include <QString>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <torch/torch.h>

namespace gtzan {

namespace {

// A point quadtree over the current map, rebuilt every step.
class QuadTree {
public:
    QuadTree(const std::vector<double> &y, int n) : m_y(y) {
        double lo[2] = {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
        double hi[2] = {-lo[0], -lo[1]};
        for (int i = 0; i < n; ++i)
            for (int a = 0; a < 2; ++a) lo[a] = std::min(lo[a], y[size_t(2 * i + a)]), hi[a] = std::max(hi[a], y[size_t(2 * i + a)]);
        const double half = std::max({hi[0] - lo[0], hi[1] - lo[1], 1e-9}) / 2 * 1.0001;
        m_nodes.push_back(Node{(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, half});
        m_nodes.reserve(size_t(n) * 2 + 16);
        for (int i = 0; i < n; ++i) insert(0, i, 0);
    }

    // Adds the repulsion on point i to force (unnormalised) and returns its part of sum q Z.
    double repulsion(int i, double theta, double force[2]) const { return visit(0, i, theta, force); }

private:
    struct Node {
        double cx, cy, half;   // the cell: centre and half width
        double mx = 0, my = 0; // centre of mass (sum until finished, then mean)
        int count = 0;
        int point = -1; // a leaf's single point
        int child[4] = {-1, -1, -1, -1};
    };

    void insert(int node, int i, int depth) {
        const double px = m_y[size_t(2 * i)], py = m_y[size_t(2 * i + 1)];
        for (;;) {
            Node &nd = m_nodes[size_t(node)];
            nd.mx = (nd.mx * nd.count + px) / (nd.count + 1);
            nd.my = (nd.my * nd.count + py) / (nd.count + 1);
            ++nd.count;
            if (nd.count == 1) {
                nd.point = i;
                return;
            }
            // Points on top of each other (or a tree too deep): they share the leaf.
            if (depth > 40) return;
            if (nd.point >= 0) { // split the leaf: its point moves down first
                const int old = nd.point;
                nd.point = -1;
                const int q = quadrant(node, m_y[size_t(2 * old)], m_y[size_t(2 * old + 1)]);
                const int c = makeChild(node, q);
                Node &child = m_nodes[size_t(c)];
                child.mx = m_y[size_t(2 * old)];
                child.my = m_y[size_t(2 * old + 1)];
                child.count = 1;
                child.point = old;
            }
            const int q = quadrant(node, px, py);
            int c = m_nodes[size_t(node)].child[q];
            if (c < 0) c = makeChild(node, q);
            node = c;
            ++depth;
        }
    }

    int quadrant(int node, double x, double y) const {
        const Node &nd = m_nodes[size_t(node)];
        return (x >= nd.cx ? 1 : 0) + (y >= nd.cy ? 2 : 0);
    }

    int makeChild(int node, int q) {
        const Node parent = m_nodes[size_t(node)];
        const double h = parent.half / 2;
        Node c{parent.cx + (q & 1 ? h : -h), parent.cy + (q & 2 ? h : -h), h};
        m_nodes.push_back(c);
        const int index = int(m_nodes.size()) - 1;
        m_nodes[size_t(node)].child[q] = index;
        return index;
    }

    double visit(int node, int i, double theta, double force[2]) const {
        const Node &nd = m_nodes[size_t(node)];
        if (nd.count == 0 || (nd.count == 1 && nd.point == i)) return 0.0;
        const double dx = m_y[size_t(2 * i)] - nd.mx, dy = m_y[size_t(2 * i + 1)] - nd.my;
        const double d2 = dx * dx + dy * dy;
        const bool leaf = nd.child[0] < 0 && nd.child[1] < 0 && nd.child[2] < 0 && nd.child[3] < 0;
        if (leaf || (2 * nd.half) * (2 * nd.half) < theta * theta * d2) {
            // A leaf shared with point i itself (duplicates) counts the others only.
            const int others = nd.count - (leaf && containsSelf(nd, i) ? 1 : 0);
            if (others <= 0) return 0.0;
            const double q = 1.0 / (1.0 + d2);
            force[0] += others * q * q * dx;
            force[1] += others * q * q * dy;
            return others * q;
        }
        double sum = 0;
        for (int c : nd.child)
            if (c >= 0) sum += visit(c, i, theta, force);
        return sum;
    }

    // A leaf deep enough to hold duplicates keeps only its first point's index: point i is in it
    // when it sits exactly at the leaf's centre of mass (all its points coincide).
    bool containsSelf(const Node &nd, int i) const {
        return nd.point == i || (nd.count > 1 && m_y[size_t(2 * i)] == nd.mx && m_y[size_t(2 * i + 1)] == nd.my);
    }

    const std::vector<double> &m_y;
    std::vector<Node> m_nodes;
};

} // namespace

std::vector<double> barnesHutTsne(const std::vector<double> &x, int n, int d, const BarnesHutOptions &o) {
    if (n < 3 || d < 1 || x.size() != size_t(n) * size_t(d)) throw Error(QStringLiteral("Barnes-Hut t-SNE needs at least 3 points"));
    const double perplexity = std::min(o.perplexity, std::max(1.0, (n - 1) / 3.0));
    const int k = std::min(n - 1, int(3 * perplexity));
    // Exact k nearest neighbours, 512 rows against all at a time (memory: 512 x n distances).
    std::vector<int> neighbour(size_t(n) * size_t(k));
    std::vector<double> distance(size_t(n) * size_t(k));
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor all = torch::from_blob(const_cast<double *>(x.data()), {n, d}, torch::kFloat64);
        const torch::Tensor norms = (all * all).sum(1);
        for (int first = 0; first < n; first += 512) {
            throwIfCancelled(o.cancel);
            const int rows = std::min(512, n - first);
            const torch::Tensor block = all.slice(0, first, first + rows);
            torch::Tensor d2 = (norms.slice(0, first, first + rows).unsqueeze(1) + norms.unsqueeze(0) - 2 * block.matmul(all.t())).clamp_min(0.0);
            for (int r = 0; r < rows; ++r) d2[r][first + r] = std::numeric_limits<double>::infinity();
            const auto nearest = torch::topk(d2, k, 1, false, true);
            const torch::Tensor dist = std::get<0>(nearest).contiguous(), index = std::get<1>(nearest).contiguous();
            std::copy(dist.data_ptr<double>(), dist.data_ptr<double>() + dist.numel(), distance.begin() + long(first) * k);
            const int64_t *ix = index.data_ptr<int64_t>();
            for (int64_t e = 0; e < index.numel(); ++e) neighbour[size_t(first) * size_t(k) + size_t(e)] = int(ix[e]);
        }
    }
    // Conditional affinities over the neighbours, then symmetric.
    std::vector<double> p(size_t(n) * size_t(k));
    for (int i = 0; i < n; ++i) conditionalAffinities(distance.data() + size_t(i) * size_t(k), k, -1, perplexity, p.data() + size_t(i) * size_t(k));
    // P_ij = (p_j|i + p_i|j) / 2n over the union of both neighbourhoods, as sorted rows.
    std::vector<std::map<int, double>> sym(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            const int j = neighbour[size_t(i) * size_t(k) + size_t(m)];
            const double v = p[size_t(i) * size_t(k) + size_t(m)] / (2.0 * n);
            sym[size_t(i)][j] += v;
            sym[size_t(j)][i] += v;
        }
    std::vector<int> rowStart(size_t(n) + 1, 0), column;
    std::vector<double> value;
    for (int i = 0; i < n; ++i) {
        for (const auto &e : sym[size_t(i)]) {
            column.push_back(e.first);
            value.push_back(e.second);
        }
        rowStart[size_t(i) + 1] = int(column.size());
    }
    sym.clear();

    SeededRandom rng(o.seed);
    std::vector<double> start(size_t(n) * 2);
    for (double &v : start) v = 1e-4 * rng.normal();
    const TsneGradient gradient = [&](const std::vector<double> &y, double exaggeration, std::vector<double> &grad) {
        const QuadTree tree(y, n);
        std::vector<double> repulse(y.size(), 0.0);
        double sumQ = 0;
        for (int i = 0; i < n; ++i) sumQ += tree.repulsion(i, o.theta, repulse.data() + 2 * size_t(i));
        sumQ = std::max(sumQ, 1e-12);
        for (int i = 0; i < n; ++i) {
            double attract[2] = {0, 0};
            for (int e = rowStart[size_t(i)]; e < rowStart[size_t(i) + 1]; ++e) {
                const int j = column[size_t(e)];
                const double dx = y[size_t(2 * i)] - y[size_t(2 * j)], dy = y[size_t(2 * i + 1)] - y[size_t(2 * j + 1)];
                const double q = 1.0 / (1.0 + dx * dx + dy * dy);
                attract[0] += exaggeration * value[size_t(e)] * q * dx;
                attract[1] += exaggeration * value[size_t(e)] * q * dy;
            }
            for (int a = 0; a < 2; ++a) grad[size_t(2 * i + a)] = 4.0 * (attract[a] - repulse[size_t(2 * i + a)] / sumQ);
        }
    };
    const std::vector<double> y = optimiseTsne(std::move(start), o.iterations, o.cancel, o.progress, gradient);
    if (o.progress) o.progress(1.0);
    return y;
}

} // namespace gtzan
