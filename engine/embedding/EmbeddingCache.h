#pragma once
#include "common/Matrix.h"
#include "embedding/MusicnnEmbedder.h"
#include <QString>
#include <optional>

namespace gtzan {

// musicnn embeddings on disk, one .npy of (patches x size) per audio file, model and layer.
// The key is the SHA-1 of the audio file's bytes (not its name or date), the SHA-1 of the weight
// file and the layer, so a renamed clip is still found and a changed file or model is not.
// Writes are atomic (QSaveFile), so a crash never leaves a half-written entry behind.
class EmbeddingCache {
public:
    explicit EmbeddingCache(const QString &dir);
    // <the platform's cache folder>/musicnn-embeddings (~/.cache/<app>/musicnn-embeddings).
    static QString defaultDir();
    const QString &dir() const { return m_dir; }

    static QString contentHash(const QString &audioPath); // throws gtzan::Error when unreadable
    QString entryPath(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer) const;

    // A stored (patches x size) matrix, or nothing when absent or unreadable (then recomputed).
    std::optional<Matrix> load(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer) const;
    void store(const QString &contentHash, const MusicnnEmbedder &model, MusicnnLayer layer, const Matrix &perPatch) const;

private:
    QString m_dir;
};

// The per-patch outputs of one audio file for a layer, from the cache when there, else
// computed (decode at 16 kHz, log-mel, network) and stored for all four layers at once.
// cache may be null (no caching). Throws gtzan::Error for unreadable audio.
Matrix patchEmbeddingsOfFile(const MusicnnEmbedder &model, const QString &audioPath, MusicnnLayer layer, const EmbeddingCache *cache);

} // namespace gtzan
