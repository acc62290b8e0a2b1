#pragma once
#include "widgets/QCustomPlotInclude.h"
#include <QObject>

namespace gtzan {
namespace widgets {

// What every plot with time on its x axis shares: a playhead drawn on its own buffered layer
// (moving it repaints only that layer), a click (press and release without dragging) that asks
// to seek there, and an x range kept inside the clip while zooming and panning. The wheel zooms
// time; Ctrl+wheel zooms the y axis (frequency, amplitude); a double-click shows it all again.
class TimePlotInteraction : public QObject {
    Q_OBJECT
public:
    explicit TimePlotInteraction(QCustomPlot *plot);
    void setDuration(double seconds);          // the x range is kept inside [0, seconds]
    void setFullYRange(const QCPRange &range); // what resetZoom shows on y (empty: y is left alone)
    void resetZoom();                          // the whole clip and the whole y range
    // The y axis title, in full where the plot is tall enough for it, else brief, else none (a
    // title longer than its axis was cut to "equency (Hz, mel sc").
    void setYLabel(const QString &full, const QString &brief);
    double duration() const { return m_duration; }
    void setPlayhead(double seconds); // < 0 hides it
    double playhead() const { return m_playhead; }

    // Makes the x axes of both plots follow each other (a shared time axis).
    static void linkTimeAxes(QCustomPlot *a, QCustomPlot *b);

Q_SIGNALS:
    void seekRequested(double seconds);
    void zoomReset();

private:
    void clampRange(const QCPRange &range);
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_line;
    QPoint m_pressPos;
    double m_duration = 0;
    QCPRange m_fullY;
    QString m_yFull, m_yBrief;
    void fitYLabel();
    bool m_hasFullY = false;
    double m_playhead = -1;
};

} // namespace widgets
} // namespace gtzan
