#include "embedding/EmbeddingCache.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "common/FileDigest.h"
#include "common/Npy.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gtzan {

namespace {
// Bumped whenever the front end or the network would give different numbers for the same input.
constexpr int kCacheFormat = 1;
} // namespace

EmbeddingCache::EmbeddingCache(const QString &dir) : m_dir(QDir::cleanPath(dir)) {
    if (!QDir().mkpath(m_dir)) throw Error(QStringLiteral("%1: cannot create the embedding cache folder").arg(m_dir));
}

QString EmbeddingCache::defaultDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("musicnn-embeddings"));
}

QString EmbeddingCache::contentHash(const QString &audioPath) { return sha1OfFile(audioPath); }

QString EmbeddingCache::entryPath(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer) const {
    // Two-level fan-out keeps folders small for a full data set with augmented copies.
    return QDir(m_dir).filePath(QStringLiteral("%1/%2-%3-%4-v%5-%6.npy")
                                    .arg(contentHash.left(2), contentHash, model.modelName(), model.modelId().left(12))
                                    .arg(kCacheFormat)
                                    .arg(musicnnLayerName(layer)));
}

std::optional<Matrix> EmbeddingCache::load(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer) const {
    const QString path = entryPath(contentHash, model, layer);
    if (!QFileInfo::exists(path)) return std::nullopt;
    try {
        NpyArray a = readNpy(path);
        if (a.shape.size() != 2 || a.shape[0] < 1 || a.shape[1] != musicnnLayerSize(layer)) return std::nullopt;
        Matrix m;
        m.rows = int(a.shape[0]);
        m.cols = int(a.shape[1]);
        m.data = std::move(a.data);
        return m;
    } catch (const std::exception &) {
        return std::nullopt; // an entry unreadable for whatever reason is recomputed and replaced
    }
}

void EmbeddingCache::store(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer, const Matrix &perPatch) const {
    const QString path = entryPath(contentHash, model, layer);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw Error(QStringLiteral("%1: cannot create the embedding cache folder").arg(QFileInfo(path).absolutePath()));
    // Something else under the entry's name (a folder) would make every later store fail.
    if (QFileInfo(path).isDir() && !QDir(path).removeRecursively())
        throw Error(QStringLiteral("%1: a folder is in the way of the embedding cache entry").arg(path));
    writeNpy(path, perPatch);
}

Matrix patchEmbeddingsOfFile(const MusicnnEmbedder &model, const QString &audioPath, MusicnnLayer layer, const EmbeddingCache *cache) {
    QString hash;
    if (cache) {
        hash = EmbeddingCache::contentHash(audioPath);
        if (std::optional<Matrix> hit = cache->load(hash, model, layer)) return std::move(*hit);
    }
    const MusicnnPatchOutputs outputs = model.patchOutputs(decodeAudio(audioPath, MusicnnEmbedder::featureSpec().sampleRate));
    if (cache) {
        try {
            for (MusicnnLayer l : {MusicnnLayer::Taggram, MusicnnLayer::Penultimate, MusicnnLayer::MaxPool, MusicnnLayer::MeanPool})
                cache->store(hash, model, l, outputs.layer(l));
        } catch (const std::exception &e) {
            // The embedding is right without the cache; a cache that cannot be written must not fail the run.
            qWarning("%s", e.what());
        }
    }
    return outputs.layer(layer);
}

} // namespace gtzan
