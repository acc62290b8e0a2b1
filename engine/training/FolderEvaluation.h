#pragma once
#include "augment/AugmentationChain.h"
#include "training/Evaluation.h"
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace gtzan {

struct TrainedModel; // model/TrainedModel.h (LibTorch); this header stays free of it for the GUI

struct FolderEvaluationOptions {
    QString splitFile;  // evaluate only the clips it lists; empty: every clip of the model's genres
    QString cacheDir;   // feature cache (musicnn embeddings under cacheDir/musicnn); empty: none
    int batchSize = 16; // segments per forward pass
    // A perturbation of every clip's audio before its features (the robustness sweep): the
    // chain's one draw per clip (copy 1) replaces the original; empty: the clips as they are.
    // Models on musicnn embeddings get embeddings of the perturbed audio too.
    AugmentationChain perturbation;
    const std::atomic_bool *cancel = nullptr;                                // checked between clips and batches
    std::function<void(const QString &stage, int done, int total)> progress; // "features", "embeddings", "scoring"
};

struct FolderEvaluation {
    Evaluation evaluation;
    int clips = 0;        // clips evaluated
    QStringList problems; // clips left out, and why (unreadable files)
};

// A saved model on a folder's clips: the clips of its genres (labelled as the model numbers them),
// or those a split file lists; their features in the model's own FeatureSpec; musicnn embeddings
// for models on them, from the weights the model file carries (format 2) or else the .h5 its
// embeddingSource names; then segment scores aggregated per clip (see evaluateSegments).
// `gtzan-cli eval` and the Train tab's "Evaluate on folder..." both call this. Throws gtzan::Error
// (no clips, cancelled, weights missing).
FolderEvaluation evaluateModelOnFolder(const TrainedModel &model, const QString &folder, const FolderEvaluationOptions &options = {});
// The same for a model file (loaded and checked first, see ModelFile.h); also throws for a bad file.
FolderEvaluation evaluateModelFileOnFolder(const QString &modelPath, const QString &folder, const FolderEvaluationOptions &options = {});

} // namespace gtzan
