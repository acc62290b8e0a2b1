#include "app/gui/PredictionRunner.h"
#include "app/gui/PredictionQueueModel.h"
#include "tasks/TaskRunner.h"
#include "widgets/ClipInspector.h"
#include <algorithm>

namespace gtzan {
namespace gui {

namespace {
// Task kinds. One batch at a time, and never while a model loads: the batch waits for the model's
// warm-up (which pays for FFT plans and LibTorch's lazy set-up off the first file).
const QString kBatchTask = QStringLiteral("predict");
const QString kModelTask = QStringLiteral("load model");

gtzan::TaskRunner &tasks() { return gtzan::TaskRunner::instance(); }

struct LoadedModel {
    std::shared_ptr<const gtzan::Predictor> predictor;
    gtzan::ModelSummary summary;
};
} // namespace

PredictionRunner::PredictionRunner(PredictionQueueModel *rows, QObject *parent) : QObject(parent), m_rows(rows) {}

// A batch stops between files or windows on its own; nothing of it reaches this runner any more.
PredictionRunner::~PredictionRunner() { tasks().cancelAll(this); }

bool PredictionRunner::isLoading() const { return tasks().isRunning(this, kModelTask); }

bool PredictionRunner::isBatchRunning() const { return tasks().isRunning(this, kBatchTask); }

bool PredictionRunner::isBusy() const { return !m_pending.isEmpty() || tasks().isRunning(this, kBatchTask) || isLoading(); }

void PredictionRunner::loadModel(const QString &file) {
    // The model is in use once loaded (posted), the queue goes on once it is warmed up (the result).
    tasks().start<void>(
        this, kModelTask,
        [this, file](gtzan::TaskContext &task) {
            auto loaded = std::make_shared<LoadedModel>();
            loaded->predictor = gtzan::loadPredictor(file);
            loaded->summary = gtzan::summarizeModel(*loaded->predictor);
            task.throwIfCancelled();
            task.post([this, file, loaded] {
                m_predictor = loaded->predictor;
                Q_EMIT modelLoaded(file, loaded->summary);
            });
            gtzan::warmUpPredictor(*loaded->predictor); // never throws
        },
        [this] { startNext(); },
        [this, file](const gtzan::TaskError &e) {
            if (!e.cancelled) Q_EMIT modelFailed(file, e.message);
            startNext(); // with the model in use
        });
}

void PredictionRunner::enqueue(const QList<int> &rows) {
    m_pending << rows;
    startNext();
}

void PredictionRunner::startNext() {
    // After the warm-up, and after a cancelled batch has really stopped (its task is running until then).
    if (m_pending.isEmpty() || !m_predictor || tasks().isRunning(this, kBatchTask) || isLoading()) return;
    const QList<int> rows = m_pending;
    m_pending.clear();
    m_running = rows;
    m_rows->setRunning(rows);
    QStringList files;
    for (int r : rows) files << m_rows->row(r).entry.file;
    const std::shared_ptr<const gtzan::Predictor> predictor = m_predictor;
    // `this` only travels into the posted callbacks, which run on this thread while the runner exists.
    tasks().start<void>(
        this, kBatchTask,
        [this, predictor, rows, files](gtzan::TaskContext &task) {
            gtzan::predictBatch(
                *predictor, files,
                // Each answer goes to the GUI thread as soon as it is there.
                [this, &task, rows](int i, const gtzan::PredictionEntry &e) {
                    task.post([this, row = rows[i], e] {
                        m_rows->setResult(row, e);
                        Q_EMIT answered(row);
                    });
                },
                task.cancelFlag(),
                // A long file: its first answer now, refined window by window.
                [this, &task, rows](int i, const gtzan::FilePrediction &soFar, double fraction) {
                    task.post([this, row = rows[i], soFar, fraction] {
                        m_rows->setPartial(row, soFar, fraction);
                        Q_EMIT partialAnswer(row);
                    });
                },
                // The decode that predicts a file also gives the inspector its audio.
                widgets::ClipInspector::kDisplayRate);
        },
        [this] { batchEnded(QString()); }, [this](const gtzan::TaskError &e) { batchEnded(e.cancelled ? QString() : e.message); });
    Q_EMIT batchRunning(true);
}

void PredictionRunner::batchEnded(const QString &error) {
    // predictBatch gives every file an entry; only an escaped failure (memory) leaves some without.
    const QList<int> unfinished = m_running;
    m_running.clear();
    for (int r : unfinished)
        if (!error.isEmpty() && !m_rows->row(r).finished()) {
            gtzan::PredictionEntry e;
            e.file = m_rows->row(r).entry.file;
            e.error = e.file + QStringLiteral(": ") + error;
            m_rows->setResult(r, e);
            Q_EMIT answered(r);
        }
    Q_EMIT batchRunning(false);
    if (m_pending.isEmpty()) Q_EMIT batchFinished();
    startNext();
}

QList<int> PredictionRunner::stop() {
    QList<int> rows = m_running + m_pending;
    std::sort(rows.begin(), rows.end());
    tasks().cancel(this, kBatchTask);
    m_running.clear();
    m_pending.clear();
    QList<int> open;
    for (int r : rows)
        if (r < m_rows->count() && !m_rows->row(r).finished()) open << r;
    return open;
}

void PredictionRunner::predictAllAgain() {
    stop();
    m_rows->requeueAll();
    QList<int> all;
    for (int r = 0; r < m_rows->count(); ++r) all << r;
    enqueue(all); // or when the cancelled batch ends
}

} // namespace gui
} // namespace gtzan
