#include "inference/FolderMap.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "inference/Predictor.h"
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <mutex>
#include <optional>

namespace gtzan {

struct MapSource::State {
    std::optional<MusicnnEmbedder> musicnn;
    MusicnnLayer layer = MusicnnLayer::MaxPool;
    std::unique_ptr<Predictor> model; // a Predictor is for one thread: used under modelLock
    mutable std::mutex modelLock;
    QString modelName;
};

MapSource MapSource::fromChoice(const QString &embedding, const QString &layer) {
    auto state = std::make_shared<State>();
    if (embedding.endsWith(QLatin1String(".gtzm"), Qt::CaseInsensitive)) {
        state->model = std::make_unique<Predictor>(Predictor::fromFile(embedding));
        state->modelName = QFileInfo(embedding).fileName();
    } else {
        if (!musicnnLayerNames().contains(layer))
            throw Error(QStringLiteral("--layer wants one of %1, not \"%2\"").arg(musicnnLayerNames().join(QStringLiteral(", ")), layer));
        const auto source = MusicnnEmbeddingSource::fromChoice(embedding, musicnnLayerFromName(layer));
        if (!source) throw Error(QStringLiteral("A map needs an embedding: msd, mtt or a model file (.gtzm)"));
        state->musicnn = source->loadEmbedder();
        state->layer = source->layer;
    }
    MapSource s;
    s.m_state = state;
    return s;
}

QString MapSource::describe() const {
    if (m_state->musicnn) return QStringLiteral("%1 %2").arg(m_state->musicnn->modelName(), musicnnLayerName(m_state->layer));
    return QStringLiteral("model %1 (%2, penultimate layer)").arg(m_state->modelName, m_state->model->model().config.name);
}

std::vector<float> MapSource::embeddingOfFile(const QString &path, const EmbeddingCache *cache) const {
    if (m_state->musicnn) return musicnnClipEmbeddingOfFile(*m_state->musicnn, path, m_state->layer, cache);
    std::lock_guard<std::mutex> lock(m_state->modelLock);
    return m_state->model->penultimateOfFile(path);
}

bool MapSource::predicts() const { return bool(m_state->model); }

QString MapSource::predictionOfFile(const QString &path) const {
    if (!m_state->model) return QString();
    std::lock_guard<std::mutex> lock(m_state->modelLock);
    return m_state->model->predictFile(path).genreName;
}

QJsonObject FolderMap::toJson() const {
    QJsonArray list;
    for (const FolderMapPoint &p : points) {
        QJsonObject o{{QStringLiteral("clip"), p.clip},
                      {QStringLiteral("path"), p.path},
                      {QStringLiteral("genre"), p.genre},
                      {QStringLiteral("x"), p.x},
                      {QStringLiteral("y"), p.y}};
        if (!p.predicted.isEmpty()) o.insert(QStringLiteral("predicted"), p.predicted);
        list.append(o);
    }
    QJsonArray problemList;
    for (const QString &p : problems) problemList.append(p);
    return QJsonObject{{QStringLiteral("points"), list},
                       {QStringLiteral("folder"), folder},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("method"), projectionMethodName(projection.method)},
                       {QStringLiteral("silhouette"), silhouette},
                       {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                       {QStringLiteral("problems"), problemList},
                       {QStringLiteral("embedSeconds"), embedSeconds},
                       {QStringLiteral("projectSeconds"), projectSeconds}};
}

FolderMap mapFolder(const QString &dir, const MapSource &source, const FolderMapOptions &o) {
    ScanOptions scanOptions;
    scanOptions.expectedSeconds = 0; // any length: a map of the user's own folder too
    scanOptions.cancel = o.cancel;
    const DatasetScan scan = scanGtzan(dir, scanOptions);
    if (scan.clips.empty()) throw Error(QStringLiteral("%1 holds no clips to map").arg(dir));
    FolderMap out;
    out.folder = dir;
    out.source = source.describe();
    out.genres = scan.genres;
    std::unique_ptr<EmbeddingCache> cache;
    if (!o.cacheDir.isEmpty()) cache = std::make_unique<EmbeddingCache>(o.cacheDir);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::vector<float>> embeddings;
    for (size_t i = 0; i < scan.clips.size(); ++i) {
        throwIfCancelled(o.cancel);
        const ClipRecord &r = scan.clips[i].record;
        try {
            std::vector<float> e = source.embeddingOfFile(r.path, cache.get());
            if (!embeddings.empty() && e.size() != embeddings.front().size())
                throw Error(QStringLiteral("its embedding has %1 values, the others %2").arg(e.size()).arg(embeddings.front().size()));
            embeddings.push_back(std::move(e));
            FolderMapPoint p;
            p.clip = r.id;
            p.path = r.path;
            p.genre = r.genre;
            p.label = r.label;
            p.predicted = source.predictionOfFile(r.path);
            out.points.push_back(p);
        } catch (const Cancelled &) {
            throw; // a cancel inside a clip (its decoding, say) stops the map; it is not that clip's problem
        } catch (const Error &e) {
            out.problems << QStringLiteral("%1: %2").arg(r.id, e.message());
        }
        if (o.progress) o.progress(QStringLiteral("embedding"), double(i + 1) / double(scan.clips.size()));
    }
    out.embedSeconds = timer.nsecsElapsed() / 1e9;
    if (embeddings.size() < 3) throw Error(QStringLiteral("Only %1 clips of %2 could be embedded; a map needs 3").arg(embeddings.size()).arg(dir));
    Matrix points(int(embeddings.size()), int(embeddings.front().size()));
    for (size_t i = 0; i < embeddings.size(); ++i) std::copy(embeddings[i].begin(), embeddings[i].end(), points.row(int(i)));
    ProjectionOptions projection = o.projection;
    if (o.progress) projection.progress = [&](double f) { o.progress(QStringLiteral("projecting"), f); };
    if (!projection.cancel) projection.cancel = o.cancel;
    timer.start();
    out.projection = projectEmbeddings(points, projection);
    out.projectSeconds = timer.nsecsElapsed() / 1e9;
    std::vector<int> labels;
    for (size_t i = 0; i < out.points.size(); ++i) {
        out.points[i].x = out.projection.xy.at(int(i), 0);
        out.points[i].y = out.projection.xy.at(int(i), 1);
        labels.push_back(out.points[i].label);
    }
    out.silhouette = silhouetteScore(out.projection.xy, labels);
    return out;
}

} // namespace gtzan
