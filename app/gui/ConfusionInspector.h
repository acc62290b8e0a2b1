#pragma once
#include "training/Evaluation.h"
#include <QWidget>

namespace gtzan {
namespace widgets {
class ClipInspector;
class ConfusionMatrixView;
} // namespace widgets
} // namespace gtzan
class QCheckBox;
class QLabel;
class QTableWidget;

namespace gtzan {
namespace gui {

class SaliencyControls;
using widgets::ClipInspector;
using widgets::ConfusionMatrixView;

// A run's test evaluation down to the clips: the confusion matrix (counts / row %), accuracy and
// per-class precision / recall / F1 beside it, PNG and CSV export; a click on a cell lists the
// clips behind it (true -> predicted, probabilities) and selecting one shows and plays it in an
// embedded ClipInspector (the explorer's views).
class ConfusionInspector : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionInspector(QWidget *parent = nullptr);

    // modelPath: the model the evaluation came from, for explaining its answers (saliency); empty
    // when it is not kept.
    void setEvaluation(const gtzan::Evaluation &evaluation, const QString &title, const QString &modelPath = QString());
    void clear();
    const gtzan::Evaluation &evaluation() const { return m_evaluation; }

    // The clips of a cell, in the evaluation's order (what the clip list shows after a click).
    void showCell(int trueLabel, int predicted);
    QStringList listedClipIds() const;

    ConfusionMatrixView *matrixView() const { return m_matrix; }
    QTableWidget *clipTable() const { return m_clips; }
    QTableWidget *metricsTable() const { return m_metrics; }
    ClipInspector *inspector() const { return m_inspector; }
    SaliencyControls *saliency() const { return m_saliency; }
    void setAutoPlay(bool on) { m_autoPlay = on; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void exportPng();
    void exportCsv();
    void openSelectedClip();

    gtzan::Evaluation m_evaluation;
    QLabel *m_title;
    ConfusionMatrixView *m_matrix;
    QCheckBox *m_percent;
    QTableWidget *m_metrics;
    QTableWidget *m_clips;
    ClipInspector *m_inspector;
    SaliencyControls *m_saliency;
    bool m_autoPlay = true;
};

} // namespace gui
} // namespace gtzan
