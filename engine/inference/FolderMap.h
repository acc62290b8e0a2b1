#pragma once
#include "embedding/EmbeddingProjection.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace gtzan {

class MusicnnEmbedder;
class Predictor;
class EmbeddingCache;

// Where a map's embeddings come from: pretrained musicnn (MSD or MTT, any layer, cached as for
// training) or a trained model's penultimate layer (GenreNet::penultimate, mean over segments).
class MapSource {
public:
    // "msd" / "mtt" with a layer name ("max_pool" by default), or a .gtzm path (layer ignored).
    // Loads the weights or the model now. Throws gtzan::Error.
    static MapSource fromChoice(const QString &embedding, const QString &layer = QStringLiteral("max_pool"));
    QString describe() const; // "MSD_musicnn max_pool", "model cnn1d.gtzm (penultimate, 64 values)"
    // One file's embedding; the cache (musicnn only) may be null. Safe from several threads at
    // once (a model source takes its turn). Throws gtzan::Error.
    std::vector<float> embeddingOfFile(const QString &path, const EmbeddingCache *cache) const;
    // A model source also predicts: the genre name the model gives the file (Predictor::predictFile);
    // empty for musicnn sources. Throws gtzan::Error.
    bool predicts() const;
    QString predictionOfFile(const QString &path) const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
};

struct FolderMapOptions {
    ProjectionOptions projection;
    QString cacheDir; // musicnn embeddings' cache; empty: none
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &stage, double fraction)> progress;
};

struct FolderMapPoint {
    QString clip, path, genre;
    int label = -1; // index into FolderMap::genres
    double x = 0, y = 0;
    QString predicted; // model sources: the model's genre for the clip; else empty
};

struct FolderMap {
    QString folder;
    QString source;
    unsigned seed = 1;
    QStringList genres;
    std::vector<FolderMapPoint> points;
    Projection projection;
    double silhouette = 0; // by genre, on the map
    QStringList problems;  // files that could not be embedded (left off the map)
    double embedSeconds = 0, projectSeconds = 0;
    QJsonObject toJson() const; // {"points": [{clip, path, genre, x, y}], method, seed, source, silhouette, ...}
};

// Every clip of a GTZAN-style folder (scanGtzan) embedded and projected (and, for a model source,
// predicted, so the map can show right and wrong). Throws gtzan::Error
// (no clips, fewer than 3 embedded, cancelled).
FolderMap mapFolder(const QString &dir, const MapSource &source, const FolderMapOptions &options = {});

} // namespace gtzan
