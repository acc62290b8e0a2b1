#pragma once
#include "inference/PredictionBatch.h"
#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <vector>

namespace gtzan {
namespace widgets {
class ClipInspector;
class GenreProbabilityChart;
class SegmentTimeline;
class TaggramView;
} // namespace widgets
} // namespace gtzan
class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace gtzan {
namespace gui {

class SaliencyControls;

using widgets::ClipInspector;
using widgets::GenreProbabilityChart;
using widgets::SegmentTimeline;
using widgets::TaggramView;

// The Predict tab: files in, genres out. A list of files (name, genre, confidence, duration,
// error), the chosen model and what it is, and for the selected file a bar chart of all genre
// probabilities, the per-segment timeline and the clip inspector (play, spectrogram).
// Prediction runs as a task (engine/tasks/TaskRunner.h), one file after the other, through the
// engine's predictBatch (the same Predictor::predictFile as `gtzan-cli predict`); it reports each
// file as it is done and can be cancelled. A file that fails keeps its row with the reason.
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    static const QString kStarterModel;      // ":/models/starter.gtzm" (embed_mlp on musicnn)
    static const QString kSmallStarterModel; // ":/models/starter-cnn1d.gtzm"

    explicit PredictionPanel(QWidget *parent = nullptr);
    ~PredictionPanel() override;

    // Files and folders (a folder: its audio files, recursively) join the list and are predicted.
    void addPaths(const QStringList &paths);
    void clearList();
    void cancel();
    // Loads a model file (the starter model when empty); remembered in QSettings. On failure the
    // previous model stays, modelFailed is emitted and false returned. The list is predicted again.
    bool setModelPath(const QString &path);
    void exportCsv(const QString &path); // emits exported or exportFailed

    QString modelPath() const { return m_modelPath; }
    QString lastModelError() const { return m_lastModelError; }
    // Why the remembered model was not used at start (it did not load); empty when it was.
    QString startupNote() const { return m_startupNote; }
    const gtzan::ModelSummary &modelSummary() const { return m_summary; }
    QString modelInfoText() const;
    QString modelSummaryLine() const; // the one line above the list
    bool isBusy() const;              // files waiting, a batch or the model's warm-up running
    int rowCount() const { return int(m_rows.size()); }
    // A row's result: valid once done (check done()), else still waiting.
    bool done(int row) const { return m_rows.at(size_t(row)).done; }
    const gtzan::PredictionEntry &entry(int row) const { return m_rows.at(size_t(row)).entry; }
    double dropToResultMs(int row) const { return m_rows.at(size_t(row)).latencyMs; }
    double dropToFirstAnswerMs(int row) const { return m_rows.at(size_t(row)).firstAnswerMs; }
    bool hasPartial(int row) const { return m_rows.at(size_t(row)).hasPartial; }
    void selectRow(int row);

    QTableWidget *table() const { return m_table; }
    GenreProbabilityChart *chart() const { return m_chart; }
    // The Model details dialog, not yet shown (the caller owns it).
    QDialog *createModelDetailsDialog();
    SegmentTimeline *timeline() const { return m_timeline; }
    TaggramView *taggram() const { return m_taggram; }
    QLabel *tagsLabel() const { return m_tagsLabel; }
    QString detailText() const;
    QString progressText() const;
    ClipInspector *inspector() const { return m_inspector; }
    SaliencyControls *saliency() const { return m_saliency; }

Q_SIGNALS:
    void filePredicted(int row);
    void partialAnswerShown(int row); // a long file's first or refined answer is in its row
    void batchFinished();
    void modelChanged(const QString &path);
    void modelFailed(const QString &path, const QString &message);
    void exported(const QString &path);
    void exportFailed(const QString &message);
    void message(const QString &text); // for the status bar

private:
    struct Row {
        gtzan::PredictionEntry entry;
        bool done = false;
        qint64 queuedAtMs = 0;   // on m_clock
        double latencyMs = -1;   // queued (dropped) -> probabilities in the list
        bool hasPartial = false; // a first answer for a long file, refined as it is computed
        gtzan::FilePrediction partial;
        double partialFraction = 0;
        double firstAnswerMs = -1; // queued -> the first answer (partial or final)
    };
    static constexpr int kRowsWithAudio = 4; // rows whose decoded audio is kept for the inspector
    QList<int> m_rowsWithAudio;              // oldest first
    void startNext();
    void batchEnded(const QString &error); // the batch task is over (error: why it failed, else empty)
    void cancelRunningBatch();             // its results are dropped from now on
    void applyEntry(int row, const gtzan::PredictionEntry &e);
    void applyPartial(int row, const gtzan::FilePrediction &soFar, double fraction);
    void showModelDetails();
    void showRow(int row);
    void updateRowCells(int row);
    // Where a partial answer comes from: "a first answer from 10 excerpts spread over the file", ...
    QString partialSource(const gtzan::FilePrediction &partial, double fraction) const;
    void updateModelLabel();
    void predictAllAgain();

    QLabel *m_modelLabel;
    QLabel *m_modelInfo;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_detailTitle;
    GenreProbabilityChart *m_chart;
    SegmentTimeline *m_timeline;
    QLabel *m_tagsLabel;
    TaggramView *m_taggram;
    ClipInspector *m_inspector;
    SaliencyControls *m_saliency;

    std::shared_ptr<const gtzan::Predictor> m_predictor;
    gtzan::ModelSummary m_summary;
    QString m_modelPath; // empty: the starter model
    QString m_lastModelError;
    QString m_startupNote;
    std::vector<Row> m_rows;
    QList<int> m_pending; // rows waiting for the worker
    QList<int> m_running; // rows of the batch task running (cleared when it is cancelled: its results are dropped)
    int m_batchTotal = 0, m_batchDone = 0;
    QElapsedTimer m_clock;
};

} // namespace gui
} // namespace gtzan
