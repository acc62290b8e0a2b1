#pragma once
#include "model/TrainedModel.h"
#include <QString>

namespace gtzan {

// A model file: "GTZANMDL", format version (u32), JSON length, weights length, FNV-1a 64
// checksum of both (u64 each, little endian), then the JSON metadata and the weights
// (the network's state in the order the JSON's "tensors" list names them; from version 2 on, then
// the musicnn weights its embedding needs, in the order of "musicnn.tensors", then the training
// clips' reference vectors of the "unsure" check, "trust"). From version 3 on the weights are the
// tensors' raw bytes (tensor/RawTensorBlock.h); versions 1 and 2 hold a torch::save archive.
//
// The checksum catches accidents (a truncated copy, a flipped bit), not tampering: anyone can
// recompute it. Loading therefore never trusts the contents: every field is range-checked, every
// tensor's dtype, shape, storage size and finiteness is checked before it is used.
//
// Versions 1 and 2 are read only on request (LegacyWeights::Read: `gtzan-cli upgrade-model`, which
// rewrites them as version 3), see model/LegacyModelWeights.h; their metadata is always read.
// Version 1 files (no musicnn weights, no trust rules) find the .h5 of their musicnn models through
// musicnnModelPath() as before.

// Writes atomically (temp file + rename): a failed or interrupted save leaves any old file intact.
void saveModelFile(const QString &path, const TrainedModel &model);

// Reads and checks everything (magic, version, sizes, checksum, JSON fields, tensor names and
// shapes against the rebuilt architecture). Throws gtzan::Error naming the file and what is wrong.
enum class LegacyWeights { Refuse, Read };
TrainedModel loadModelFile(const QString &path, LegacyWeights legacy = LegacyWeights::Refuse);

// The metadata alone (for listing and `eval` summaries), with the same checks except the weights.
QJsonObject readModelMetadata(const QString &path);

// The format version in its header (after the same checks as readModelMetadata's).
quint32 readModelFileVersion(const QString &path);

// The musicnn network a model's embeddings come from: the weights its file carries (format 2 on),
// else the .h5 its embeddingSource names (older files; throws gtzan::Error saying where it
// looked). Null for a model that takes no musicnn embedding.
std::shared_ptr<const MusicnnEmbedder> musicnnWeightsOf(const TrainedModel &model);

// What a model file (and a PyTorch export) records about the musicnn weights it carries: their
// identity and the ISC licence's notice, which travels with them.
QJsonObject musicnnProvenance(const MusicnnEmbedder &weights);

constexpr quint32 kModelFileVersion = 3;               // what saveModelFile writes
constexpr quint32 kRawWeightsVersion = 3;              // the first whose weights are raw tensors
constexpr quint32 kOldestModelFileVersion = 1;         // the oldest loadModelFile reads
constexpr qint64 kMaxModelFileBytes = qint64(1) << 30; // a larger file is not one of ours

} // namespace gtzan
