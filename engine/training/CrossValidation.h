#pragma once
#include "training/Evaluation.h"
#include "training/TrainedModel.h"
#include "training/Trainer.h"
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <vector>

namespace gtzan {

// k-fold cross-validation of a model trained on every clip (the starter: 50 clips, no test set
// left): each clip is predicted by a model that never saw it, so the accuracy it reports is
// honest. The same out-of-fold predictions calibrate the final model (a softmax temperature) and
// the "unsure" rules are tried on them, so the report also says how many real clips those rules
// would call unsure.
struct CrossValidationReport {
    int folds = 0;
    uint64_t seed = 0;
    Evaluation evaluation; // out of fold, calibrated probabilities
    double temperature = 1.0;
    double nllBefore = 0, nllAfter = 0; // mean negative log-likelihood at T = 1 and at the fitted T
    int unsureClips = 0;                // judged with each fold's own rules
    QStringList unsureIds;
    QJsonObject toJson() const;
};

// How the distance threshold of the "far from training" rule is taken from the training clips'
// leave-one-out nearest-neighbour distances: factor x their q-quantile.
struct DistanceRule {
    double quantile = 1.0;
    double factor = 1.25;
    double thresholdOf(const std::vector<double> &looDistances) const;
    QJsonObject toJson() const;
};

// Fills model.trust's training embeddings and distance threshold from the training clips (the
// originals; augmented copies would sit next to their own original). For models that take an
// embedding; others are left without a distance check.
void setDistanceRule(TrainedModel &model, const std::vector<ClipFeatures> &trainClips, const DistanceRule &rule = {});

// Splits data.train by clip (augmented copies stay with their original) into `folds` stratified,
// seeded folds; trains options.seeds = 1 run of `modelConfig` per fold on the others; predicts the
// held-out fold; fits the temperature on all out-of-fold logits; judges every clip with its fold's
// rules; and writes the temperature and rules into finalModel.trust (its distance rule is the
// final model's own, from all clips). Throws gtzan::Error (also when cancelled).
CrossValidationReport crossValidateAndCalibrate(const TrainingData &data, const ModelConfig &modelConfig, TrainingOptions options, int folds,
                                                TrainedModel &finalModel, const TrainingCallbacks &callbacks = {},
                                                const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
