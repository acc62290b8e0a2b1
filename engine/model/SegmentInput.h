#pragma once
#include "common/Matrix.h"
#include "model/InputNormalization.h"
#include "models/GenreNet.h"
#include <vector>

namespace gtzan {

// The network input for windows of feature matrices: window i is config.frames frames of
// *features[i] from startFrames[i], normalised; frames past a matrix's end are padded with the
// normalised mean (0). Embedding models get *embeddings[i] (already normalised) on row i.
// SegmentSet::batch builds its batches with it, and InputKind::segmentBatch a file's windows. The
// layout is the network's (its branches, ModelConfig); how audio becomes these features and
// embeddings is the model's InputKind.
ModelInput segmentInput(const std::vector<const Matrix *> &features, const std::vector<int> &startFrames,
                        const std::vector<const std::vector<float> *> &embeddings, const ModelConfig &config,
                        const InputNormalization &normalization);

} // namespace gtzan
