#pragma once
#include "app/gui/StudyRun.h"
#include "studies/RobustnessSweep.h"
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLineEdit;

namespace gtzan {
namespace gui {

// Is it a "horse"? A model's accuracy on the folder against the strength of one perturbation
// (tempo, pitch, noise, gain), plotted, with the unperturbed accuracy as a dashed line; PNG and
// CSV export. The model is the starter unless another file is chosen.
class SweepView : public QWidget {
    Q_OBJECT
public:
    explicit SweepView(QWidget *parent = nullptr);
    ~SweepView() override;
    void setFolder(const QString &folder);
    void setModelPath(const QString &path); // empty: the starter
    void run();
    const gtzan::SweepReport &result() const { return m_result; }
    TaskControls *controls() const { return m_controls; }
    QComboBox *perturbation() const { return m_kind; }
    QLineEdit *steps() const { return m_steps; }
    bool savePng(const QString &path, QString *error);
    bool saveCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void showResult(const gtzan::SweepReport &report);

    QString m_folder, m_modelPath;
    TaskControls *m_controls;
    StudyRun m_run; // after m_controls: it shows in them
    QComboBox *m_kind;
    QLineEdit *m_steps, *m_model;
    QCustomPlot *m_plot;
    gtzan::SweepReport m_result;
};

} // namespace gui
} // namespace gtzan
