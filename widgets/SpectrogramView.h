#pragma once
#include "common/Matrix.h"
#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

// Shows a (bands x frames) feature matrix as a colour map with a colour bar, time on x.
// Display only: the matrix comes from the engine.
class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);
    // secondsPerFrame maps columns to time; the y axis shows band indices.
    void setMatrix(const gtzan::Matrix &m, double secondsPerFrame, const QString &valueLabel);
    void clear();
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
};
