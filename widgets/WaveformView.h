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
    // A second waveform drawn over the first in another colour (B over A in the compare view).
    void setOverlayEnvelope(const gtzan::WaveformEnvelope &envelope, int sampleRate);
    void clearOverlay();
    // The amplitude axis spans +-peak*1.1 (<= 0: the shown waveform's own peak). Two versions of a
    // clip drawn with one peak show a gain as it is.
    void setFixedPeak(double peak);
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
    QCPGraph *m_overlay;
    double m_fixedPeak = 0;
    double m_ownPeak = 0;
    void applyAmplitudeRange();
    int m_points = 0;
    TimePlotInteraction *m_time;
};

} // namespace widgets
} // namespace gtzan
