#pragma once
#include "model/Calibration.h"
#include <QWidget>

class QCustomPlot;

namespace gtzan {
namespace widgets {

// A reliability diagram: the clips cut by their top probability (confidence) into bins; each
// bin's bar is how often the model was right there, the diagonal is where a calibrated model's
// bars end. Two bar sets side by side: before calibration (temperature 1) and after. The bins'
// clip counts are printed above the bars, as a bin of two clips says little.
class ReliabilityDiagram : public QWidget {
    Q_OBJECT
public:
    explicit ReliabilityDiagram(QWidget *parent = nullptr);
    void setFigures(const gtzan::CalibrationFigures &before, const gtzan::CalibrationFigures &after);
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
};

} // namespace widgets
} // namespace gtzan
