#pragma once
#include "app/gui/PredictionDetails.h"
#include "app/gui/PredictionQueueModel.h"
#include "inference/LabelTracks.h"
#include "inference/PredictionBatch.h"
#include <QWidget>
#include <memory>

namespace gtzan {
namespace widgets {
class ClipInspector;
} // namespace widgets
} // namespace gtzan
class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace gtzan {
namespace gui {

class PredictionRunner;
class SaliencyControls;

using widgets::ClipInspector;

// The Predict tab: files in, genres out. Wiring of three parts: the files and their answers
// (PredictionQueueModel, shown by the table), the work (PredictionRunner: the model loaded and the
// files predicted as tasks, through the engine's predictBatch, the same Predictor::predictFile as
// `gtzan-cli predict`), and for the selected file a bar chart of all genre probabilities, the
// per-segment timeline, musicnn's tags and the clip inspector (play, spectrogram, saliency).
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    static const QString kStarterModel;      // ":/models/starter.gtzm" (embed_mlp on musicnn)
    static const QString kSmallStarterModel; // ":/models/starter-cnn1d.gtzm"
    // What a failed load does besides modelFailed: nothing more, or a message box (a person asked).
    enum class OnFailure { Quiet, Warn };

    explicit PredictionPanel(QWidget *parent = nullptr);
    ~PredictionPanel() override;

    // Files and folders (a folder: its audio files, recursively) join the list and are predicted.
    void addPaths(const QStringList &paths);
    void clearList();
    void cancel();
    // Starts loading a model file (the starter model when empty) as a task. Once it is loaded:
    // modelChanged, the list is predicted again and the choice is remembered (QSettings). When it
    // does not load, the previous model stays and modelFailed says why.
    void setModelPath(const QString &path, OnFailure onFailure = OnFailure::Quiet);
    bool isLoadingModel() const;
    void exportCsv(const QString &path); // emits exported or exportFailed
    // The selected file's segment genres as an Audacity or Sonic Visualiser label file (the same
    // engine writer as `gtzan-cli predict --labels`); emits exported or exportFailed.
    void exportLabels(const QString &path, gtzan::LabelFormat format);
    QPushButton *exportLabelsButton() const { return m_exportLabelsButton; }

    QString modelPath() const { return m_modelPath; } // of the model in use
    QString lastModelError() const { return m_lastModelError; }
    // Why the remembered model was not used at start (it did not load); empty when it was.
    QString startupNote() const { return m_startupNote; }
    const gtzan::ModelSummary &modelSummary() const { return m_summary; }
    QString modelInfoText() const;
    QString modelSummaryLine() const; // the one line above the list
    bool isBusy() const;              // files waiting, a batch running or a model loading
    PredictionQueueModel *queue() const { return m_queue; }
    int rowCount() const { return m_queue->count(); }
    // A row's result: valid once done (check done()), else still waiting.
    bool done(int row) const { return m_queue->row(row).finished(); }
    const gtzan::PredictionEntry &entry(int row) const { return m_queue->row(row).entry; }
    double dropToResultMs(int row) const { return m_queue->row(row).latencyMs; }
    double dropToFirstAnswerMs(int row) const { return m_queue->row(row).firstAnswerMs; }
    bool hasPartial(int row) const { return m_queue->row(row).state == PredictionQueueModel::State::Partial; }
    void selectRow(int row);

    QTableView *table() const { return m_table; }
    GenreProbabilityChart *chart() const { return m_details->chart(); }
    // The Model details dialog, not yet shown (the caller owns it).
    QDialog *createModelDetailsDialog();
    SegmentTimeline *timeline() const { return m_details->timeline(); }
    TaggramView *taggram() const { return m_details->taggram(); }
    QLabel *tagsLabel() const { return m_details->tagsLabel(); }
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
    void onModelLoaded(const QString &file, const gtzan::ModelSummary &summary);
    void onModelFailed(const QString &file, const QString &reason);
    void onAnswered(int row);
    void onPartialAnswer(int row);
    void showModelDetails();
    void showRow(int row);
    int currentRow() const;
    void updateModelLabel();
    void updateProgress();

    PredictionQueueModel *m_queue;
    PredictionRunner *m_runner;
    QLabel *m_modelLabel;
    QLabel *m_modelInfo;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPushButton *m_exportLabelsButton;
    QProgressBar *m_progress;
    QTableView *m_table;
    PredictionDetails *m_details;
    ClipInspector *m_inspector;
    SaliencyControls *m_saliency;

    gtzan::ModelSummary m_summary;
    QString m_modelPath;     // of the model in use; empty: the starter model
    QString m_requestedPath; // of the model loading (as given to setModelPath)
    OnFailure m_onFailure = OnFailure::Quiet;
    bool m_startingUp = true; // the remembered model's first load: a failure falls back to the starter
    QString m_lastModelError;
    QString m_startupNote;
    int m_batchTotal = 0, m_batchDone = 0; // files of the batch since the list was last idle, and of them answered
};

} // namespace gui
} // namespace gtzan
