#pragma once
#include "common/Matrix.h"
#include "inference/FilePrediction.h"
#include "training/TrainedModel.h"
#include <QJsonObject>
#include <memory>
#include <vector>

namespace gtzan {

class MusicnnEmbedder;
struct MusicnnEmbeddingSource;

// File -> features (the model's own FeatureSpec) -> per-segment and clip probabilities.
// The GUI and the CLI both call this. Not thread-safe: one Predictor per thread.
// Models trained on musicnn embeddings (embeddingSource "musicnn:MODEL:LAYER") get the same
// embedding of the file computed here, with the weights of that model (a missing weight file
// gives a gtzan::Error saying where it looked).
class Predictor {
public:
    explicit Predictor(TrainedModel model);
    static Predictor fromFile(const QString &modelPath);   // throws gtzan::Error

    FilePrediction predictFile(const QString &audioPath, PredictionTiming *timing = nullptr) const;   // throws gtzan::Error
    // embedding: the clip embedding for embed_mlp / fusion models trained on provided embeddings.
    FilePrediction predictFeatures(const Matrix &features, const QString &name = QString(),
                                   const std::vector<float> &embedding = {}) const;   // throws gtzan::Error
    // The clip embedding the model takes for a file (musicnn models); empty for the others.
    std::vector<float> embeddingOfFile(const QString &audioPath) const;

    const TrainedModel &model() const { return m_model; }

private:
    TrainedModel m_model;
    std::shared_ptr<const MusicnnEmbedder> m_embedder;   // musicnn-embedding models only
    std::shared_ptr<const MusicnnEmbeddingSource> m_embeddingSource;
};

} // namespace gtzan
