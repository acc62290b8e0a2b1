#pragma once
#include "common/Matrix.h"
#include "dataset/ClipFeatures.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnEmbedder.h"
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// Clip embeddings of a whole list of clips, for training: row i is the mean over patches of
// clips[i]'s layer output. Uses and fills the cache (may be null). progress(done, total) is
// called after each clip; when *cancel becomes true the work stops between clips and a
// gtzan::Error saying so is thrown. A clip that cannot be decoded throws a gtzan::Error naming it.
using EmbeddingProgress = std::function<void(int done, int total)>;
Matrix embedClips(const MusicnnEmbedder &model, const std::vector<ClipRecord> &clips, MusicnnLayer layer, const EmbeddingCache *cache,
                  const EmbeddingProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
