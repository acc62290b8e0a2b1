#pragma once
#include "app/gui/StudyRun.h"
#include "studies/LeakageExperiment.h"
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSpinBox;

namespace gtzan {
namespace gui {

// The leakage experiment in one click: the same spectrogram model trained on a random split of
// segments, of clips, and on the fault-filtered split; the three test accuracies as bars, each
// named by its split, with what the difference means.
class LeakageView : public QWidget {
    Q_OBJECT
public:
    explicit LeakageView(QWidget *parent = nullptr);
    ~LeakageView() override;
    void setFolder(const QString &folder);
    void run();
    const gtzan::LeakageReport &result() const { return m_result; }
    TaskControls *controls() const { return m_controls; }
    QSpinBox *epochs() const { return m_epochs; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void showArm(int arm, const gtzan::LeakageArm &result);
    void showResult(const gtzan::LeakageReport &report);

    QString m_folder;
    TaskControls *m_controls;
    StudyRun m_run; // after m_controls: it shows in them
    QComboBox *m_model;
    QSpinBox *m_epochs;
    QCustomPlot *m_plot;
    QLabel *m_figures;
    gtzan::LeakageReport m_result;
    std::vector<gtzan::LeakageArm> m_arms; // as they finish
};

} // namespace gui
} // namespace gtzan
