#pragma once
#include "training/TrainedModel.h"
#include <QString>

namespace gtzan {

// A model file: "GTZANMDL", format version (u32), JSON length, weights length, FNV-1a 64
// checksum of both (u64 each, little endian), then the JSON metadata and the weights
// (torch::save of a list of tensors: the network's state in the order the JSON's "tensors" list
// names them; from version 2 on, then the musicnn weights its embedding needs, in the order of
// "musicnn.tensors", then the training clips' embeddings of the "unsure" check, "trust").
//
// The checksum catches accidents (a truncated copy, a flipped bit), not tampering: anyone can
// recompute it. Loading therefore never trusts the contents: every field is range-checked, every
// tensor's dtype, shape, storage size and finiteness is checked before it is used.
//
// Version 1 files (no musicnn weights, no trust rules) still load; their musicnn models find the
// .h5 through musicnnModelPath() as before.

// Writes atomically (temp file + rename): a failed or interrupted save leaves any old file intact.
void saveModelFile(const QString &path, const TrainedModel &model);

// Reads and checks everything (magic, version, sizes, checksum, JSON fields, tensor names and
// shapes against the rebuilt architecture). Throws gtzan::Error naming the file and what is wrong.
TrainedModel loadModelFile(const QString &path);

// The metadata alone (for listing and `eval` summaries), with the same checks except the weights.
QJsonObject readModelMetadata(const QString &path);

// The musicnn network a model's embeddings come from: the weights its file carries (format 2),
// else the .h5 its embeddingSource names (older files; throws gtzan::Error saying where it
// looked). Null for a model that takes no musicnn embedding.
std::shared_ptr<const MusicnnEmbedder> musicnnWeightsOf(const TrainedModel &model);

constexpr quint32 kModelFileVersion = 2;               // what saveModelFile writes
constexpr quint32 kOldestModelFileVersion = 1;         // the oldest loadModelFile reads
constexpr qint64 kMaxModelFileBytes = qint64(1) << 30; // a larger file is not one of ours

} // namespace gtzan
