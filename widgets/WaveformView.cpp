#include "widgets/WaveformView.h"
#include "widgets/PlotPlaceholder.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/TimePlotInteraction.h"
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

WaveformView::WaveformView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    // One line zig-zagging between each bucket's max and min: at a few points per pixel it reads
    // as a filled waveform and costs far less than a filled channel between two graphs.
    m_graph = m_plot->addGraph();
    m_graph->setPen(QPen(QColor(60, 110, 200), 1));
    m_graph->setAdaptiveSampling(true);
    m_overlay = m_plot->addGraph();
    m_overlay->setPen(QPen(QColor(240, 130, 30, 190), 1));
    m_overlay->setAdaptiveSampling(true);
    m_plot->yAxis->setRange(-1, 1);
    m_plot->xAxis->setTickLabels(false); // the spectrogram below carries the time labels
    m_time = new TimePlotInteraction(m_plot);
    m_time->setYLabel(tr("Amplitude"), tr("Amp."));
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    connect(m_time, &TimePlotInteraction::seekRequested, this, &WaveformView::seekRequested);
    clear(); // empty until a clip comes: a quiet placeholder, no made-up axes
}

namespace {
// Min/max pairs as one line that goes up and down (alternating the order keeps segments short).
QSharedPointer<QCPGraphDataContainer> envelopeData(const gtzan::WaveformEnvelope &e, int sampleRate) {
    const int n = int(e.max.size());
    auto data = QSharedPointer<QCPGraphDataContainer>::create();
    QVector<QCPGraphData> points;
    points.reserve(2 * n);
    const double secondsPerBucket = sampleRate > 0 ? e.samplesPerBucket / sampleRate : 0.0;
    for (int i = 0; i < n; ++i) {
        const double t = (double(i) + 0.5) * secondsPerBucket;
        const size_t k = size_t(i);
        points.append(QCPGraphData(t, i % 2 ? e.min[k] : e.max[k]));
        points.append(QCPGraphData(t, i % 2 ? e.max[k] : e.min[k]));
    }
    data->set(points, true);
    return data;
}
} // namespace

void WaveformView::setEnvelope(const gtzan::WaveformEnvelope &e, int sampleRate, double durationSeconds) {
    setPlotPlaceholder(m_plot, false);
    m_graph->setData(envelopeData(e, sampleRate));
    m_points = int(e.max.size());
    m_ownPeak = gtzan::envelopePeak(e);
    applyAmplitudeRange();
    m_time->setDuration(durationSeconds);
    m_plot->xAxis->setRange(0, durationSeconds);
    m_plot->replot();
}

void WaveformView::setOverlayEnvelope(const gtzan::WaveformEnvelope &e, int sampleRate) {
    m_overlay->setData(envelopeData(e, sampleRate));
    m_overlay->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::clearOverlay() {
    m_overlay->data()->clear();
    m_overlay->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::setFixedPeak(double peak) {
    m_fixedPeak = peak;
    applyAmplitudeRange();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// Full scale is +-1; a quiet clip still fills most of the height.
void WaveformView::applyAmplitudeRange() {
    const double peak = m_fixedPeak > 0 ? m_fixedPeak : m_ownPeak;
    const double top = peak > 0 ? std::min(1.05, std::max(0.05, peak * 1.1)) : 1.0;
    m_plot->yAxis->setRange(-top, top);
    m_time->setFullYRange(QCPRange(-top, top));
}

void WaveformView::clear() {
    setPlotPlaceholder(m_plot, true, tr("No clip"));
    m_graph->data()->clear();
    m_overlay->data()->clear();
    m_points = 0;
    m_plot->replot();
}

void WaveformView::setPlayhead(double seconds) { m_time->setPlayhead(seconds); }
double WaveformView::playhead() const { return m_time->playhead(); }
int WaveformView::pointCount() const { return m_points; }

} // namespace widgets
} // namespace gtzan
