#pragma once
#include "common/Matrix.h"
#include "dataset/ClipFeatures.h"
#include "embedding/ClipEmbeddings.h"
#include "model/PredictionTrust.h"
#include <QHash>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace gtzan {

class MusicnnEmbedder;

// The reference vectors of the "nothing like what it was trained on" rule, for every kind of
// model: each training clip's musicnn clip embedding (max_pool, averaged over its 3 s patches).
// Why musicnn's space and not the model's own penultimate layer: a network trained on 50 clips
// has only ever seen music, and its penultimate layer maps noise or a sine tone onto whatever
// genre direction it resembles (the cnn2d of issue #28 put white noise at "metal 0.91"); musicnn
// was trained on 200,000 songs, and in its space a tone, noise or speech lies far from every
// GTZAN clip whatever sits on top. One space for every model also means one rule, one threshold
// recipe and one test.
struct MusicnnReference {
    std::shared_ptr<const MusicnnEmbedder> musicnn; // whose max_pool layer the vectors are
    QHash<QString, int> rowOfClip;                  // clip id -> row of `rows`
    Matrix rows;                                    // raw (not standardised) clip embeddings

    bool empty() const { return rows.empty(); }
    // The rows of these clips' originals (augmented copies share their original's), in order.
    Matrix rowsOf(const std::vector<ClipFeatures> &clips) const;
};

// The reference vectors of the originals among `clips` (augmentation 0), computed with `musicnn`
// (cached in `cacheDir`/musicnn, or the user's embedding cache when cacheDir is empty).
// Throws gtzan::Error (unreadable audio, cancelled).
MusicnnReference musicnnReferenceOf(const std::vector<ClipFeatures> &clips, std::shared_ptr<const MusicnnEmbedder> musicnn, const QString &cacheDir,
                                    const EmbeddingProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// Sets rules' musicnn reference space (the rows' mean and spread), its standardised training
// vectors and the distance threshold: `factor` x the `quantile` of their leave-one-out
// nearest-neighbour distances. Fewer than 3 rows: no distance check (too few neighbours to say
// what "near" is).
void setMusicnnReferenceRule(TrustRules &rules, const Matrix &rawRows, const QString &musicnnName, double quantile = 1.0, double factor = 1.25);

} // namespace gtzan
