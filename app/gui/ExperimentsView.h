#pragma once
#include "studies/ExperimentPlan.h"
#include "studies/ExperimentRunner.h"
#include "training/RunHistory.h"
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gtzan {
namespace gui {

class TaskControls;

// The Train tab's Experiments view: the reference report reproduced (engine/experiments, the
// same code as `gtzan-cli reproduce`). Choose the protocol, the data folder and the output
// folder; the planned runs are listed with their state (waiting, running, done, failed) and the
// whole with its progress and ETA. Cancel stops within a batch and loses only the running run;
// Start on the same folder resumes. Every finished run lands in the history (runFinished), and
// the report opens in the browser.
class ExperimentsView : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentsView(QWidget *parent = nullptr);
    ~ExperimentsView() override;

    void setDataFolder(const QString &folder); // the browser's folder, unless one was chosen here
    void setOutputFolder(const QString &folder);
    void setProtocol(const QString &name);
    void setSeedsAndEpochs(int seeds, int epochs); // 0: the protocol's own
    void start();
    void cancel();
    bool isRunning() const;

    // For tests and screenshots.
    TaskControls *controls() const { return m_controls; }
    QTableWidget *table() const { return m_table; }
    QPushButton *openReportButton() const { return m_openReport; }
    QString reportPath() const;
    QString stateOf(const QString &runId) const; // "waiting", "running", "done", "failed"

Q_SIGNALS:
    void runFinished(const gtzan::RunRecord &record); // a run of the experiment finished: for the history
    void experimentEnded(bool complete, const QString &message);
    void message(const QString &text);

private:
    void replan();
    void setRowState(const QString &runId, gtzan::PlannedRunState state, const QString &detail);
    void saveSettings() const;
    gtzan::ExperimentRequest request() const;

    QComboBox *m_protocol;
    QLineEdit *m_data, *m_out;
    QSpinBox *m_seeds, *m_epochs;
    QTableWidget *m_table;
    TaskControls *m_controls;
    QPushButton *m_openReport;
    gtzan::ExperimentPlan m_plan;
    bool m_planValid = false;
    bool m_dataChosenHere = false;
};

} // namespace gui
} // namespace gtzan
