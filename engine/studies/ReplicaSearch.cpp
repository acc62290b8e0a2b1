#include "studies/ReplicaSearch.h"
#include "common/Error.h"
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace gtzan {

namespace {

void throwIfCancelled(const std::atomic_bool *cancel) {
    if (cancel && cancel->load()) throw Cancelled(QStringLiteral("the replica search was cancelled"));
}

int popcount32(quint32 x) { return __builtin_popcount(x); }

// One shared item: clips i < j, and the offset at which it lines up (a's position - b's).
struct Vote {
    qint64 pair = 0; // i * n + j
    int offset = 0;
    bool operator<(const Vote &o) const { return pair != o.pair ? pair < o.pair : offset < o.offset; }
};

} // namespace

double fingerprintSimilarity(const std::vector<quint32> &a, const std::vector<quint32> &b, int offsetItems, int *overlapItems) {
    // a[k] against b[k - offset]
    const int first = std::max(0, offsetItems);
    const int last = std::min(int(a.size()), int(b.size()) + offsetItems);
    const int overlap = std::max(0, last - first);
    if (overlapItems) *overlapItems = overlap;
    if (overlap == 0) return 0;
    qint64 differing = 0;
    for (int k = first; k < last; ++k) differing += popcount32(a[size_t(k)] ^ b[size_t(k - offsetItems)]);
    return 1.0 - double(differing) / (32.0 * overlap);
}

std::vector<ReplicaPair> findReplicas(const std::vector<AudioFingerprint> &fps, const ReplicaSearchOptions &o) {
    const qint64 n = qint64(fps.size());
    // 1. The inverted index: item value -> every (clip, position) that holds it.
    std::unordered_map<quint32, std::vector<std::pair<int, int>>> index;
    size_t totalItems = 0;
    for (const AudioFingerprint &f : fps) totalItems += f.items.size();
    index.reserve(totalItems);
    for (int c = 0; c < int(n); ++c) {
        const std::vector<quint32> &items = fps[size_t(c)].items;
        for (int p = 0; p < int(items.size()); ++p) index[items[size_t(p)]].emplace_back(c, p);
    }
    throwIfCancelled(o.cancel);
    // 2. Votes: every two clips sharing an item, at the offset where it lines up.
    std::vector<Vote> votes;
    for (const auto &[item, where] : index) {
        if (where.size() < 2) continue;
        // Items common to many clips (silence, steady tones) would pair everything with everything.
        int clips = 0;
        for (size_t k = 0; k < where.size(); ++k) clips += (k == 0 || where[k].first != where[k - 1].first) ? 1 : 0;
        if (clips > o.maxClipsPerItem) continue;
        for (size_t x = 0; x < where.size(); ++x)
            for (size_t y = x + 1; y < where.size(); ++y) {
                if (where[x].first == where[y].first) continue;
                votes.push_back({qint64(where[x].first) * n + where[y].first, where[x].second - where[y].second});
            }
    }
    index.clear();
    throwIfCancelled(o.cancel);
    std::sort(votes.begin(), votes.end());
    // 3. Candidates: per pair, the offset with the most votes (neighbouring offsets count too:
    //    a cut start lines items up one item either way).
    struct Candidate {
        int a, b, offset;
    };
    std::vector<Candidate> candidates;
    for (size_t s = 0; s < votes.size();) {
        size_t e = s;
        while (e < votes.size() && votes[e].pair == votes[s].pair) ++e;
        int bestOffset = 0, bestCount = 0;
        for (size_t k = s; k < e;) {
            size_t m = k;
            while (m < e && votes[m].offset == votes[k].offset) ++m;
            // votes at offset-1 .. offset+1
            int count = 0;
            for (size_t q = s; q < e; ++q)
                if (std::abs(votes[q].offset - votes[k].offset) <= 1) ++count;
            if (count > bestCount) {
                bestCount = count;
                bestOffset = votes[k].offset;
            }
            k = m;
        }
        if (bestCount >= o.minSharedItems) candidates.push_back({int(votes[s].pair / n), int(votes[s].pair % n), bestOffset});
        s = e;
    }
    votes.clear();
    // 4. Verification: the share of agreeing bits around the voted offset.
    const double itemSeconds = fingerprintItemSeconds();
    const int minOverlap = int(std::ceil(o.minOverlapSeconds / itemSeconds));
    std::vector<ReplicaPair> out;
    for (size_t k = 0; k < candidates.size(); ++k) {
        if (k % 256 == 0) {
            throwIfCancelled(o.cancel);
            if (o.progress) o.progress(int(k), int(candidates.size()));
        }
        const Candidate &c = candidates[k];
        const std::vector<quint32> &a = fps[size_t(c.a)].items, &b = fps[size_t(c.b)].items;
        double best = 0;
        int bestOffset = c.offset, bestOverlap = 0;
        for (int d = -2; d <= 2; ++d) {
            int overlap = 0;
            const double s = fingerprintSimilarity(a, b, c.offset + d, &overlap);
            if (overlap >= minOverlap && s > best) {
                best = s;
                bestOffset = c.offset + d;
                bestOverlap = overlap;
            }
        }
        if (best < o.threshold) continue;
        ReplicaPair p;
        p.a = c.a;
        p.b = c.b;
        p.similarity = best;
        p.offsetSeconds = bestOffset * itemSeconds;
        p.overlapSeconds = bestOverlap * itemSeconds;
        p.exact = best >= o.exactSimilarity && bestOffset == 0 && std::abs(int(a.size()) - int(b.size())) <= 1;
        out.push_back(p);
    }
    if (o.progress) o.progress(int(candidates.size()), int(candidates.size()));
    std::sort(out.begin(), out.end(), [](const ReplicaPair &x, const ReplicaPair &y) {
        return x.a != y.a ? x.a < y.a : x.similarity != y.similarity ? x.similarity > y.similarity : x.b < y.b;
    });
    return out;
}

} // namespace gtzan
