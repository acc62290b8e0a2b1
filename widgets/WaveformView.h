#pragma once
#include "dsp/WaveformEnvelope.h"
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace gtzan {
namespace widgets {

class TimePlotInteraction;

// The waveform of a clip as its min/max envelope (computed by the engine), time on x in seconds,
// with a playhead; wheel zooms and drag pans in time, a click seeks.
class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);
    void setEnvelope(const gtzan::WaveformEnvelope &envelope, int sampleRate, double durationSeconds);
    void clear();
    void setPlayhead(double seconds);
    double playhead() const;
    int pointCount() const;
    QCustomPlot *plot() const { return m_plot; }
    TimePlotInteraction *timeInteraction() const { return m_time; }

Q_SIGNALS:
    void seekRequested(double seconds);

private:
    QCustomPlot *m_plot;
    QCPGraph *m_graph;
    int m_points = 0;
    TimePlotInteraction *m_time;
};

} // namespace widgets
} // namespace gtzan
