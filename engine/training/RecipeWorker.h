#pragma once
#include "training/RunHistory.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <QObject>
#include <atomic>

namespace gtzan {

// A whole training from a recipe, for a QThread: prepares the data (scan, split, features, with
// progress), trains (the same trainModels() as TrainingWorker, with batch and epoch signals),
// saves the kept model to modelPath and hands back a RunRecord. Torch-free header, so GUI code
// can own one. Move it to a QThread and connect a signal to run(); cancel() from any thread.
class RecipeWorker : public QObject {
    Q_OBJECT
public:
    RecipeWorker(TrainingRecipe recipe, QString modelPath, QObject *parent = nullptr);

    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void message(const QString &line);                             // notes and warnings of the preparation
    void preparing(const QString &side, int done, int total);      // feature loading, per side of the split
    void trainingStarted(int trainClips, int validationClips, int testClips);
    void batchFinished(const gtzan::BatchReport &report);
    void epochFinished(const gtzan::EpochReport &report);
    // cancelled: stopped on request (record holds what was reached; no model was saved when
    // nothing was trained).
    void finished(const gtzan::RunRecord &record, bool cancelled);
    void failed(const QString &message);

private:
    TrainingRecipe m_recipe;
    QString m_modelPath;
    std::atomic_bool m_cancel{false};
};

} // namespace gtzan

Q_DECLARE_METATYPE(gtzan::RunRecord)
