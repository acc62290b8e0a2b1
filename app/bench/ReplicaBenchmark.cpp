#include "app/bench/ReplicaBenchmark.h"
#include "studies/ReplicaSearch.h"
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <random>
#include <set>

namespace gtzan {

QJsonObject benchmarkReplicaSearch(int clips, double seconds, int planted, unsigned seed) {
    std::mt19937 rng(seed);
    const int items = std::max(1, int(seconds / fingerprintItemSeconds()));
    std::vector<AudioFingerprint> prints(size_t(std::max(0, clips)));
    const int originals = std::max(1, clips - planted);
    for (int c = 0; c < originals && c < clips; ++c) {
        quint32 v = rng();
        for (int i = 0; i < items; ++i) {
            for (int flip = 0; flip < 6; ++flip) v ^= 1u << (rng() % 32);
            prints[size_t(c)].items.push_back(v);
        }
    }
    std::set<std::pair<int, int>> expected;
    for (int c = originals; c < clips; ++c) {
        const int source = int(rng() % unsigned(originals));
        const int shift = int(rng() % unsigned(std::min(items / 3, int(10.0 / fingerprintItemSeconds())) + 1));
        const std::vector<quint32> &from = prints[size_t(source)].items;
        for (int i = shift; i < items; ++i) {
            quint32 v = from[size_t(i)];
            for (int b = 0; b < 32; ++b)
                if (rng() % 100 < 5) v ^= 1u << b;
            prints[size_t(c)].items.push_back(v);
        }
        expected.insert({source, c});
    }
    QElapsedTimer clock;
    clock.start();
    const std::vector<ReplicaPair> found = findReplicas(prints);
    const double ms = clock.nsecsElapsed() / 1e6;
    int hits = 0, falsePairs = 0;
    for (const ReplicaPair &p : found) (expected.count({p.a, p.b}) ? hits : falsePairs)++;
    return {{QStringLiteral("clips"), clips},
            {QStringLiteral("secondsPerClip"), seconds},
            {QStringLiteral("itemsPerClip"), items},
            {QStringLiteral("pairsOfClips"), double(clips) * (clips - 1) / 2},
            {QStringLiteral("planted"), int(expected.size())},
            {QStringLiteral("found"), hits},
            {QStringLiteral("falsePairs"), falsePairs},
            {QStringLiteral("searchMs"), ms},
            {QStringLiteral("threads"), 1},
            {QStringLiteral("idealThreadCount"), QThread::idealThreadCount()}};
}

} // namespace gtzan
