#pragma once
#include "training/RunHistory.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <atomic>
#include <functional>

namespace gtzan {

// What a whole training reports while it runs, from the thread that runs it (and, for
// `preparing`, from the feature loader's threads): a caller on a worker forwards them to its
// GUI thread (TaskContext::post).
struct RecipeCallbacks {
    std::function<void(const QString &line)> say;                            // notes and warnings of the preparation
    std::function<void(const QString &side, int done, int total)> preparing; // feature loading, per side of the split
    std::function<void(int trainClips, int validationClips, int testClips)> trainingStarted;
    std::function<void(const BatchReport &report)> onBatch;
    std::function<void(const EpochReport &report)> onEpoch;
};

struct RecipeRun {
    RunRecord record;       // for the run history; modelPath is set when a model was saved
    bool cancelled = false; // stopped on request during training: record holds what was reached, no model saved
};

struct TrainingOutcome;

// The history's record of a finished training (accuracies over seeds, curves, the kept run's test
// evaluation); modelPath is left empty. `gtzan-cli train --run-json` writes the same record.
RunRecord recordOfTraining(const TrainingRecipe &recipe, const TrainingOutcome &outcome, double seconds);

// A whole training from a recipe, on the calling thread: prepares the data (scan, split,
// features, with progress), trains (trainModels(), with batch and epoch reports), saves the kept
// model to modelPath (unless empty or cancelled) and hands back the record of the run. The
// Train tab runs it as a task (engine/tasks/TaskRunner.h). Torch-free header, so GUI code can
// call it. Throws gtzan::Error when the data or the recipe is unusable, and when cancelled
// during preparation.
RecipeRun runRecipe(const TrainingRecipe &recipe, const QString &modelPath, const RecipeCallbacks &callbacks = {},
                    const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
