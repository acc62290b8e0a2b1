#pragma once
#include "training/Trainer.h"
#include <QObject>
#include <atomic>

namespace gtzan {

// Runs trainModels() in the thread it lives in (move it to a QThread and connect a signal to
// run()). Progress goes out by signals, which reach receivers in other threads queued. cancel()
// may be called from any thread; the run stops within a batch and keeps its best model so far.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    TrainingWorker(TrainingData data, ModelConfig model, TrainingOptions options, QObject *parent = nullptr);

    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Valid after finished(): read it from the receiving thread once the signal arrived.
    const TrainingOutcome &outcome() const { return m_outcome; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void batchFinished(const gtzan::BatchReport &report);
    void epochFinished(const gtzan::EpochReport &report);
    void finished(bool cancelled, const QString &note);
    void failed(const QString &message);

private:
    TrainingData m_data;
    ModelConfig m_model;
    TrainingOptions m_options;
    TrainingOutcome m_outcome;
    std::atomic_bool m_cancel{false};
};

} // namespace gtzan
