#pragma once
#include "training/TrainedModel.h"
#include <QString>

namespace gtzan {

// A model file: "GTZANMDL", format version (u32), JSON length, weights length, FNV-1a 64
// checksum of both (u64 each, little endian), then the JSON metadata and the weights
// (torch::save of the state tensors in the order the JSON's "tensors" list names them).

// Writes atomically (temp file + rename): a failed or interrupted save leaves any old file intact.
void saveModelFile(const QString &path, const TrainedModel &model);

// Reads and checks everything (magic, version, sizes, checksum, JSON fields, tensor names and
// shapes against the rebuilt architecture). Throws gtzan::Error naming the file and what is wrong.
TrainedModel loadModelFile(const QString &path);

// The metadata alone (for listing and `eval` summaries), with the same checks except the weights.
QJsonObject readModelMetadata(const QString &path);

constexpr quint32 kModelFileVersion = 1;

} // namespace gtzan
