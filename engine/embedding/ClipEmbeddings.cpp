#include "embedding/ClipEmbeddings.h"
#include "common/Error.h"
#include <algorithm>

namespace gtzan {

Matrix embedClips(const MusicnnEmbedder &model, const std::vector<ClipRecord> &clips, MusicnnLayer layer, const EmbeddingCache *cache,
                  const EmbeddingProgress &progress, const std::atomic_bool *cancel) {
    const int total = int(clips.size());
    Matrix out(total, musicnnLayerSize(layer));
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) throw Cancelled(QStringLiteral("Computing musicnn embeddings was cancelled"));
        const std::vector<float> e = meanOverPatches(patchEmbeddingsOfFile(model, clips[size_t(i)].path, layer, cache));
        std::copy(e.begin(), e.end(), out.row(i));
        if (progress) progress(i + 1, total);
    }
    return out;
}

} // namespace gtzan
