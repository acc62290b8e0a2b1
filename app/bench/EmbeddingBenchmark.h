#pragma once
#include "embedding/MusicnnEmbedder.h"
#include <QJsonObject>
#include <QStringList>

namespace gtzan {

// Times musicnn embeddings stage by stage over audio files, on the calling thread with LibTorch's
// current intra-op threads: decode + resample to 16 kHz, log-mel, network (all patches of a clip
// in one pass). Median and minimum over files x repeats, after one warm-up clip (oneDNN builds
// its kernels on first use). No cache.
QJsonObject benchmarkEmbedding(const MusicnnEmbedder &model, const QStringList &files, int repeats);

} // namespace gtzan
