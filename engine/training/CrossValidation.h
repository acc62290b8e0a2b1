#pragma once
#include "model/Calibration.h"
#include "model/TrainedModel.h"
#include "training/Evaluation.h"
#include "training/Trainer.h"
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
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
    CalibrationRecord calibration;      // the same, with the reliability figures before and after
    int foldEpochs = 0;                 // epochs each fold model trained (see crossValidateAndCalibrate)
    int unsureClips = 0;                // judged with each fold's own rules
    QStringList unsureIds;
    QJsonObject toJson() const;
};

struct MusicnnReference;

// Fills model.trust's "far from training" rule from the training clips (the originals;
// augmented copies would sit next to their own original): in the musicnn reference space when
// `reference` is given (every kind of model, MusicnnReference.h), else in the model's own
// normalised input embedding (embedding models only; others are left without a distance check).
void setDistanceRule(TrainedModel &model, const std::vector<ClipFeatures> &trainClips, const MusicnnReference *reference = nullptr);

// Splits data.train by clip (augmented copies stay with their original) into `folds` stratified,
// seeded folds; trains options.seeds = 1 run of `modelConfig` per fold on the others; predicts the
// held-out fold; fits the temperature on all out-of-fold logits; judges every clip with its fold's
// rules; and writes the temperature, the calibration record and the rules into finalModel.trust
// (its distance rule is the final model's own, from all clips).
//
// Why the temperature transfers to the final model: a network's logits grow with the number of
// optimiser steps it took, and the final model, trained on all clips, takes k/(k-1) times as
// many steps per epoch as a fold model. Each fold model therefore trains the same number of
// steps as the final one (epochs x clips / fold clips, rounded): a temperature fitted on models
// less sure of themselves than the final one left the starter underconfident (issue #28).
// Throws gtzan::Error (also when cancelled). onFold(f, folds) is called before fold f (0-based).
CrossValidationReport crossValidateAndCalibrate(const TrainingData &data, const ModelConfig &modelConfig, TrainingOptions options, int folds,
                                                TrainedModel &finalModel, const MusicnnReference *reference = nullptr,
                                                const TrainingCallbacks &callbacks = {}, const std::atomic_bool *cancel = nullptr,
                                                const std::function<void(int fold, int folds)> &onFold = {});

} // namespace gtzan
