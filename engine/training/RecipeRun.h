#pragma once
#include "model/Calibration.h"
#include "training/Evaluation.h"
#include "training/RunHistory.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <QJsonObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace gtzan {

// What a whole training reports while it runs, from the thread that runs it (and, for
// `preparing`, from the feature loader's threads): a caller on a worker forwards them to its
// GUI thread (TaskContext::post).
struct RecipeCallbacks {
    std::function<void(const QString &line)> say;                            // notes, warnings, the trust and calibration summary
    std::function<void(const QString &side, int done, int total)> preparing; // feature loading, per side of the split
    std::function<void(int trainClips, int validationClips, int testClips)> trainingStarted;
    std::function<void(const BatchReport &report)> onBatch;
    std::function<void(const EpochReport &report)> onEpoch; // the final model's epochs (cross-validation folds are quiet)
    // After the training: "cross-validation" (fold done of folds), "reference" (clips embedded
    // for the "nothing like its training" rule).
    std::function<void(const QString &stage, int done, int total)> stage;
};

// Where and how runRecipe writes.
struct RecipeOutput {
    QString modelPath;              // empty: no model file
    bool saveWhenCancelled = false; // the CLI's Ctrl+C keeps the best model so far (uncalibrated); the window keeps none
    // A model file whose carried musicnn weights serve the "nothing like its training" rule when
    // no .h5 is found (the window passes its embedded starter, which carries MSD musicnn).
    QString musicnnFallbackModel;
};

// What a finished (or cancelled) runRecipe hands back.
struct RecipeRun {
    RunRecord record;       // for the run history; modelPath is set when a model was saved
    bool cancelled = false; // stopped on request during training: record holds what was reached
    bool saved = false;
    QJsonObject training;   // the model file's "training": options, per-run history, spread over seeds
    QJsonObject evaluation; // the model file's "evaluation": the test clips' (or the out-of-fold one)
    bool hasTest = false;
    Evaluation test; // the kept run's test evaluation, when there are test clips
    int keptRun = -1, keptSeed = 0, keptEpoch = 0;
    double meanTestAccuracy = -1, stdTestAccuracy = -1;
    QJsonObject crossValidation;                       // CrossValidationReport::toJson when folds were asked for
    Evaluation crossValidated;                         // its out-of-fold evaluation
    CalibrationRecord calibration;                     // empty: not calibrated (no held-out clips)
    std::optional<CalibrationFigures> testCalibration; // the calibrated probabilities on the test clips
    QString trust;                                     // one line: calibration and the "unsure" rules the model carries
};

struct TrainingOutcome;

// The history's record of a finished training (accuracies over seeds, curves, the kept run's test
// evaluation); modelPath is left empty. `gtzan-cli train --run-json` writes the same record.
RunRecord recordOfTraining(const TrainingRecipe &recipe, const TrainingOutcome &outcome, double seconds);

// The one training orchestrator: the Train tab, Experiments and `gtzan-cli train` all call it.
// On the calling thread, from a recipe to a model file:
//  1. prepares the data (scan, split, features, with progress; prepareTraining);
//  2. trains (trainModels, with batch and epoch reports) and keeps the best run;
//  3. calibrates on clips the model did not train on: out-of-fold predictions when
//     recipe.crossValidationFolds > 0 (crossValidateAndCalibrate), else the validation clips,
//     else not at all (and says so);
//  4. sets the "unsure" rules: the musicnn reference vectors of the training clips
//     (MusicnnReference.h) with their leave-one-out threshold, for every kind of model;
//  5. applies the recipe's provenance and reproducibility and saves the file atomically.
// Torch-free header, so GUI code can call it. Throws gtzan::Error when the data or the recipe is
// unusable, and when cancelled during preparation or calibration.
RecipeRun runRecipe(const TrainingRecipe &recipe, const RecipeOutput &output, const RecipeCallbacks &callbacks = {},
                    const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
