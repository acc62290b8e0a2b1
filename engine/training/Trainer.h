#pragma once
#include "dataset/ClipFeatures.h"
#include "model/InputNormalization.h"
#include "models/GenreNet.h"
#include "training/Evaluation.h"
#include "training/TrainingOptions.h"
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// The data set engine's online-augmentation hook: the training clips to use in `epoch` (from 1),
// drawn with `seed`. Called once per epoch when set.
using OnlineAugmentation = std::function<std::vector<ClipFeatures>(int epoch, uint64_t seed)>;

// What a training consumes. Labels index `genres`. validation and test may be empty.
struct TrainingData {
    QStringList genres;
    std::vector<ClipFeatures> train;
    std::vector<ClipFeatures> validation;
    std::vector<ClipFeatures> test; // when given, every run's best model is evaluated on it
    // What the clips' features are (every clip's ClipFeatures::spec must make the same values);
    // its segmentSeconds is the one place the segment length lives (0: whole clips, padded to
    // the longest).
    FeatureSpec spec;
    int segmentFrames() const { return spec.segmentFrames(); }
    int segmentHopFrames = 0; // <= 0: no overlap
    OnlineAugmentation onlineAugmentation;
};

struct TrainingCallbacks {
    std::function<void(const BatchReport &)> onBatch;
    std::function<void(const EpochReport &)> onEpoch;
};

// One seed's run. `model` holds the best-validation weights (the last epoch's without a
// validation set); it is null when the run was cancelled before its first epoch ended.
struct RunResult {
    uint64_t seed = 0;
    GenreNet model{nullptr};
    std::vector<EpochReport> history;
    int bestEpoch = 0;
    double bestValidationAccuracy = -1;
    double bestValidationLoss = -1;
    bool cancelled = false;
    bool stoppedEarly = false;
    bool hasTest = false;
    Evaluation test;
};

struct TrainingOutcome {
    ModelConfig config; // completed from the data (classes, bands, frames, embedding)
    InputNormalization normalization;
    std::vector<RunResult> runs;
    int bestRun = -1; // the run whose model to keep: best validation, else the first (never chosen on test); -1: none
    bool cancelled = false;
    double meanValidationAccuracy = -1, stdValidationAccuracy = -1;
    double meanTestAccuracy = -1, stdTestAccuracy = -1;
    QString note; // for a person: cancelled, no validation set, ...

    bool hasModel() const { return bestRun >= 0; }
    QJsonObject toJson() const; // summary and per-run history, without weights
};

// Trains options.seeds runs of the network `model` names (numClasses/nMels/frames/embeddingDim
// are taken from the data). Deterministic for the same seed, data and thread count. Checks
// `cancel` before every batch and between forward and backward pass; a cancelled training
// returns the best weights so far and says so in `note`. Throws gtzan::Error on unusable data.
TrainingOutcome trainModels(const TrainingData &data, const ModelConfig &model, const TrainingOptions &options,
                            const TrainingCallbacks &callbacks = {}, const std::atomic_bool *cancel = nullptr);

// The config trainModels would build for this data.
ModelConfig completeModelConfig(const TrainingData &data, const ModelConfig &model);

} // namespace gtzan
