#pragma once
#include "augment/AugmentationChain.h"
#include "dataset/DatasetSplit.h"
#include "dsp/FeatureSpec.h"
#include "model/TrainedModel.h"
#include "training/CrossValidation.h"
#include "training/Trainer.h"
#include "training/TrainingRecipe.h"
#include <QStringList>
#include <atomic>
#include <functional>

namespace gtzan {

// What prepareTraining() made of a recipe: the features ready for trainModels() and the split
// they came from.
struct PreparedTraining {
    TrainingData data;
    DatasetSplit split;
    FeatureSpec spec;
    AugmentationChain chain;                        // the recipe's chain (used only when options.augment is not none)
    QStringList messages;                           // every line also given to `say`: notes, warnings, the summary line
    std::shared_ptr<const MusicnnEmbedder> musicnn; // the weights the embeddings came from (musicnn recipes)
};

struct PrepareCallbacks {
    // A line for a person, in order: "note: ..." (scan / split), the "N genres; ..." summary,
    // "warning: ..." (clips that could not be read).
    std::function<void(const QString &line)> say;
    // Feature loading: side is "train", "validation" or "test"; clips done of total on that side.
    // Called from feature-loader threads.
    std::function<void(const QString &side, int done, int total)> progress;
};

// Scans the recipe's data folder, splits it, loads (or computes and caches) the features of all
// sides with the recipe's augmentation, and sets up online augmentation when asked. Validates the
// recipe first. LibTorch's thread count is the caller's (set once, at start-up). Throws gtzan::Error (also when cancelled).
PreparedTraining prepareTraining(const TrainingRecipe &recipe, const PrepareCallbacks &callbacks = {}, const std::atomic_bool *cancel = nullptr);

// The model file contents for a finished training (the kept run's weights, its test evaluation,
// the recipe's data set identity and provenance, the musicnn weights of a musicnn recipe), not yet
// calibrated and without its trust rules' reference vectors: runRecipe (RecipeRun.h) adds those.
// Throws gtzan::Error when the outcome has no model.
TrainedModel buildTrainedModel(const TrainingRecipe &recipe, const PreparedTraining &prepared, const TrainingOutcome &outcome);

} // namespace gtzan
