#pragma once
#include "training/RecipeRun.h"
#include "training/RunHistory.h"
#include "training/TrainingOptions.h"
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
namespace gtzan {
namespace widgets {
class TrainingCurves;
} // namespace widgets
} // namespace gtzan

namespace gtzan {
namespace gui {

using widgets::TrainingCurves;

class ConfusionInspector;
class ExperimentsView;
class RunHistoryPanel;
class TrainingSetupPanel;

// The "Train" tab: the run set-up, Start / Cancel (Esc), a progress bar (run, epoch, batch,
// samples/s, ETA), live curves, the confusion inspector and the run history. The whole run
// (feature loading included) is the engine's runRecipe(), run as a task of the TaskRunner; the
// GUI thread only receives plain reports, posted by the task. While a run is on, a 10 ms timer measures how late the GUI
// thread serves it (maxStallMs): the answer to "does the GUI stall".
class TrainingDashboard : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Training, Cancelling };

    explicit TrainingDashboard(QWidget *parent = nullptr);
    ~TrainingDashboard() override;

    // The folder open in the data set browser (used unless one was chosen in the panel).
    void setBrowserFolder(const QString &folder, bool fullGtzan = false); // see TrainingSetupPanel::followBrowserFolder
    // Where finished runs are recorded (default RunHistory::defaultPath()); loads it.
    void loadHistory(const QString &path = gtzan::RunHistory::defaultPath());
    void setModelsDir(const QString &dir) { m_modelsDir = dir; }

    void start();
    void cancel();
    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    QString statusText() const;
    double maxStallMs() const { return m_maxStallMs; } // of the current / last run
    // The longest the GUI thread itself spent on one progress report or curve redraw (the rest of
    // a stall is the OS running other threads: training, feature loading, other processes).
    double maxHandlerMs() const { return m_maxHandlerMs; }

    void reopenRun(const QString &id);
    void compareRuns(const QStringList &ids);

    TrainingSetupPanel *setup() const { return m_setup; }
    TrainingCurves *curves() const { return m_curves; }
    ConfusionInspector *confusion() const { return m_confusion; }
    RunHistoryPanel *history() const { return m_history; }
    ExperimentsView *experiments() const { return m_experiments; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *useInPredictButton() const { return m_usePredict; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *views() const { return m_views; }
    // The views (set-up, curves, confusion, history, experiments) by themselves, not their tab
    // pages (each scrolls in its own).
    void showView(QWidget *view);
    QWidget *currentView() const;

Q_SIGNALS:
    void stateChanged(TrainingDashboard::State state);
    void runFinished(bool cancelled, const QString &message);
    void modelSaved(const QString &path);
    void useInPredictRequested(const QString &modelPath); // "Use in Predict" on a run's model
    void leakageExperimentRequested();                    // the "Leakage experiment" button
    void message(const QString &text);

private:
    void setState(State s);
    void setStatus(const QString &text);
    void onPreparing(const QString &side, int done, int total);
    void onTrainingStarted(int trainClips, int validationClips, int testClips);
    void onBatch(const gtzan::BatchReport &r);
    void onEpoch(const gtzan::EpochReport &r);
    void onFinished(const gtzan::RunRecord &record, bool cancelled, const QString &calibration);
    void onStage(const QString &stage, int done, int total);
    static QString calibrationText(const gtzan::RecipeRun &run);
    void onFailed(const QString &message);
    void endRun();
    void showRecord(const gtzan::RunRecord &record);

    TrainingSetupPanel *m_setup;
    QPushButton *m_start, *m_cancel;
    QPushButton *m_usePredict;
    QString m_lastModelPath; // the finished run's model, for Use in Predict
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_views;
    TrainingCurves *m_curves;
    ConfusionInspector *m_confusion;
    RunHistoryPanel *m_history;
    ExperimentsView *m_experiments;
    QString m_modelsDir;

    State m_state = State::Idle;
    QElapsedTimer m_runClock, m_trainClock;
    qint64 m_trainStartMs = 0;
    QString m_lastEpochText;

    QTimer m_stallProbe;
    QElapsedTimer m_stallClock;
    double m_maxStallMs = 0;
    double m_maxHandlerMs = 0;
};

} // namespace gui
} // namespace gtzan
