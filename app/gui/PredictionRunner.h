#pragma once
#include "inference/PredictionBatch.h"
#include <QList>
#include <QObject>
#include <memory>

namespace gtzan {
namespace gui {

class PredictionQueueModel;

// The Predict tab's work, as tasks of the TaskRunner: loading a model (off the GUI thread, with
// its warm-up), and predicting the queue model's waiting rows in batches, one batch at a time
// (a predictor serves one batch at a time), with every answer written into the queue model as it
// comes. A model that does not load leaves the one in use in place.
class PredictionRunner : public QObject {
    Q_OBJECT
public:
    explicit PredictionRunner(PredictionQueueModel *rows, QObject *parent = nullptr);
    ~PredictionRunner() override;

    // Starts loading `file`; modelLoaded or modelFailed follows. A newer load supersedes this one.
    void loadModel(const QString &file);
    bool isLoading() const;
    const std::shared_ptr<const gtzan::Predictor> &predictor() const { return m_predictor; }

    void enqueue(const QList<int> &rows); // waiting rows of the queue model, predicted in order
    // The running batch stops (its answers are dropped from now on) and nothing waits any more;
    // returns the rows that had no answer yet, in order.
    QList<int> stop();
    void predictAllAgain(); // every row, by the model now in use
    bool isBusy() const;    // rows waiting, a batch running or a model loading
    bool isBatchRunning() const;

Q_SIGNALS:
    void modelLoaded(const QString &file, const gtzan::ModelSummary &summary);
    void modelFailed(const QString &file, const QString &message);
    void partialAnswer(int row);
    void answered(int row);
    void batchFinished();            // the batch task is over and nothing waits
    void batchRunning(bool running); // a batch task started or is over

private:
    void startNext();
    void batchEnded(const QString &error); // error: why the batch failed, else empty

    PredictionQueueModel *m_rows;
    std::shared_ptr<const gtzan::Predictor> m_predictor;
    QList<int> m_pending; // rows waiting for the worker
    QList<int> m_running; // rows of the running batch (cleared when it is cancelled: its answers are dropped)
};

} // namespace gui
} // namespace gtzan
