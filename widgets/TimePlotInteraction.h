#pragma once
#include "widgets/QCustomPlotInclude.h"
#include <QObject>

namespace gtzan {
namespace widgets {

// What every plot with time on its x axis shares: a playhead drawn on its own buffered layer
// (moving it repaints only that layer), a click (press and release without dragging) that asks
// to seek there, and an x range kept inside the clip while zooming and panning.
class TimePlotInteraction : public QObject {
    Q_OBJECT
public:
    explicit TimePlotInteraction(QCustomPlot *plot);
    void setDuration(double seconds); // the x range is kept inside [0, seconds]
    double duration() const { return m_duration; }
    void setPlayhead(double seconds); // < 0 hides it
    double playhead() const { return m_playhead; }

    // Makes the x axes of both plots follow each other (a shared time axis).
    static void linkTimeAxes(QCustomPlot *a, QCustomPlot *b);

Q_SIGNALS:
    void seekRequested(double seconds);

private:
    void clampRange(const QCPRange &range);
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_line;
    QPoint m_pressPos;
    double m_duration = 0;
    double m_playhead = -1;
};

} // namespace widgets
} // namespace gtzan
