#pragma once
#include "common/Matrix.h"
#include "inference/FilePrediction.h"
#include "training/TrainedModel.h"

namespace gtzan {

// File -> features (the model's own FeatureSpec) -> per-segment and clip probabilities.
// The GUI and the CLI both call this. Not thread-safe: one Predictor per thread.
class Predictor {
public:
    explicit Predictor(TrainedModel model);
    static Predictor fromFile(const QString &modelPath);   // throws gtzan::Error

    FilePrediction predictFile(const QString &audioPath, PredictionTiming *timing = nullptr) const;   // throws gtzan::Error
    FilePrediction predictFeatures(const Matrix &features, const QString &name = QString()) const;   // throws gtzan::Error

    const TrainedModel &model() const { return m_model; }

private:
    TrainedModel m_model;
};

} // namespace gtzan
