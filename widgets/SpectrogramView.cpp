#include "widgets/SpectrogramView.h"
#include "widgets/ColorMaps.h"
#include "widgets/PlotPlaceholder.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/TimePlotInteraction.h"
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

namespace {
QString hzLabel(double hz) { return hz >= 1000 ? QStringLiteral("%1k").arg(hz / 1000.0, 0, 'g', 3) : QString::number(qRound(hz)); }
} // namespace

SpectrogramView::SpectrogramView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_readout(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    m_readout->setObjectName(QStringLiteral("spectrogramReadout"));
    m_readout->setText(tr("Hover over the spectrogram to read time, frequency and level."));
    layout->addWidget(m_readout);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(m_plot);
    m_scale->setBarWidth(12);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    // Perceptually uniform by default, never jet.
    m_map->setGradient(colormaps::gradient(m_colorMap));
    m_scale->axis()->setLabel(tr("Level (dB)"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Frequency (Hz)"));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_time = new TimePlotInteraction(m_plot);
    connect(m_time, &TimePlotInteraction::seekRequested, this, &SpectrogramView::seekRequested);
    // Zooming out never goes past the frequency range that exists.
    connect(m_plot->yAxis, static_cast<void (QCPAxis::*)(const QCPRange &)>(&QCPAxis::rangeChanged), this, [this](const QCPRange &r) {
        const double lo = -0.5, hi = std::max(1, m_spec.db.rows) - 0.5;
        QCPRange c = r;
        if (c.size() > hi - lo) c = QCPRange(lo, hi);
        if (c.lower < lo) c = QCPRange(lo, lo + c.size());
        if (c.upper > hi) c = QCPRange(hi - c.size(), hi);
        if (!(c == r)) m_plot->yAxis->setRange(c);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { m_readout->setText(readoutAt(e->pos())); });
    clear(); // empty until a clip comes: a quiet placeholder, no made-up axes
}

void SpectrogramView::setSpectrogram(const gtzan::DisplaySpectrogram &s) {
    setPlotPlaceholder(m_plot, false);
    m_scale->setVisible(true);
    m_spec = s;
    m_hasFrequencies = true;
    const gtzan::Matrix &m = s.db;
    const double spf = s.secondsPerFrame();
    auto *data = new QCPColorMapData(m.cols, m.rows, QCPRange(0, std::max(1, m.cols - 1) * spf), QCPRange(0, std::max(1, m.rows - 1)));
    float peak = -1e30f;
    for (int r = 0; r < m.rows; ++r) {
        const float *row = m.row(r);
        for (int c = 0; c < m.cols; ++c) {
            data->setCell(c, r, row[c]);
            peak = std::max(peak, row[c]);
        }
    }
    m_map->setData(data, false); // the map takes ownership: no second copy
    m_peakDb = m.empty() ? 0.0 : peak;
    m_plot->yAxis->setLabel(s.axis == gtzan::FrequencyAxis::Mel   ? tr("Frequency (Hz, mel scale)")
                            : s.axis == gtzan::FrequencyAxis::Log ? tr("Frequency (Hz, log scale)")
                                                                  : tr("Frequency (Hz)"));
    setFrequencyTicks();
    m_time->setDuration(std::max(1, m.cols - 1) * spf);
    m_plot->xAxis->setRange(0, std::max(1, m.cols - 1) * spf);
    m_plot->yAxis->setRange(-0.5, m.rows - 0.5);
    applyLevelRange();
    m_plot->replot();
}

void SpectrogramView::setMatrix(const gtzan::Matrix &m, double secondsPerFrame, const QString &valueLabel) {
    gtzan::DisplaySpectrogram s;
    s.db = m;
    s.sampleRate = 1;
    s.hop = 1;
    m_spec = s;
    m_hasFrequencies = false;
    m_map->data()->setSize(m.cols, m.rows);
    m_map->data()->setRange(QCPRange(0, std::max(1, m.cols - 1) * secondsPerFrame), QCPRange(0, std::max(1, m.rows - 1)));
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) m_map->data()->setCell(c, r, m.at(r, c));
    m_map->rescaleDataRange(true);
    m_scale->axis()->setLabel(valueLabel);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->yAxis->setLabel(tr("Band"));
    m_time->setDuration(m.cols * secondsPerFrame);
    m_plot->rescaleAxes();
    m_plot->replot();
}

void SpectrogramView::clear() {
    setPlotPlaceholder(m_plot, true, tr("No clip"));
    m_scale->setVisible(false);
    m_map->data()->clear();
    m_spec = gtzan::DisplaySpectrogram();
    setMaskRects({});
    m_plot->replot();
}

void SpectrogramView::setFrequencyTicks() {
    // Labels at round frequencies, placed at their (fractional) rows; rows are not linear in Hz
    // in the mel and log views, so a plain numeric ticker would lie.
    static const double candidates[] = {20, 50, 100, 200, 300, 500, 1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 16000, 20000, 24000};
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    const std::vector<double> &hz = m_spec.rowHz;
    const double minGap = std::max(1.0, hz.size() / 14.0);
    double lastRow = -1e9;
    for (double f : candidates) {
        if (hz.empty() || f < hz.front() || f > hz.back()) continue;
        const auto it = std::lower_bound(hz.begin(), hz.end(), f);
        const size_t i = size_t(it - hz.begin());
        double row = double(i);
        if (i > 0 && hz[i] > hz[i - 1]) row = double(i - 1) + (f - hz[i - 1]) / (hz[i] - hz[i - 1]);
        if (row - lastRow < minGap) continue;
        ticker->addTick(row, hzLabel(f));
        lastRow = row;
    }
    m_plot->yAxis->setTicker(ticker);
}

void SpectrogramView::setColorMap(const QString &name) {
    const QString chosen = colormaps::names().contains(name) ? name : QStringLiteral("magma");
    if (chosen == m_colorMap) return;
    m_colorMap = chosen;
    m_map->setGradient(colormaps::gradient(m_colorMap));
    m_plot->replot();
}

void SpectrogramView::setDynamicRange(double rangeDb) {
    m_rangeDb = qBound(10.0, rangeDb, 200.0);
    applyLevelRange();
    m_plot->replot();
}

void SpectrogramView::applyLevelRange() {
    if (m_hasFrequencies) m_map->setDataRange(QCPRange(m_peakDb - m_rangeDb, m_peakDb));
}

QPair<double, double> SpectrogramView::levelRange() const {
    const QCPRange r = m_map->dataRange();
    return {r.lower, r.upper};
}

void SpectrogramView::setMaskRects(const QVector<QRectF> &rects) {
    if (rects.isEmpty() && m_masks.isEmpty()) return;
    for (QCPItemRect *item : m_masks) m_plot->removeItem(item);
    m_masks.clear();
    for (const QRectF &r : rects) {
        auto *item = new QCPItemRect(m_plot);
        item->setLayer(QStringLiteral("overlay"));
        item->topLeft->setCoords(r.left(), r.bottom());
        item->bottomRight->setCoords(r.right(), r.top());
        item->setPen(QPen(QColor(0, 230, 255), 1, Qt::DashLine));
        item->setBrush(QColor(0, 230, 255, 40));
        item->setSelectable(false);
        m_masks.append(item);
    }
    m_plot->replot();
}

void SpectrogramView::setPlayhead(double seconds) { m_time->setPlayhead(seconds); }
double SpectrogramView::playhead() const { return m_time->playhead(); }

QString SpectrogramView::readoutAt(const QPoint &pixel) const {
    const gtzan::Matrix &m = m_spec.db;
    if (m.empty() || !m_plot->axisRect()->rect().contains(pixel)) return QString();
    const double t = m_plot->xAxis->pixelToCoord(pixel.x());
    const double rowPos = m_plot->yAxis->pixelToCoord(pixel.y());
    const double spf = m_spec.secondsPerFrame();
    const int col = spf > 0 ? qBound(0, int(std::lround(t / spf)), m.cols - 1) : 0;
    const int row = qBound(0, int(std::lround(rowPos)), m.rows - 1);
    const float level = m.at(row, col);
    if (!m_hasFrequencies) return tr("t %1 s   band %2   value %3").arg(t, 0, 'f', 3).arg(row).arg(double(level), 0, 'f', 2);
    const double hz = m_spec.hzAtRow(row);
    const int band = m_spec.axis == gtzan::FrequencyAxis::Mel ? row : m_spec.melBandForHz(hz);
    return tr("t %1 s   %2 Hz   mel band %3 of %4   %5 dB")
        .arg(t, 0, 'f', 3)
        .arg(qRound(hz))
        .arg(band)
        .arg(int(m_spec.melCentresHz.size()))
        .arg(double(level), 0, 'f', 1);
}

QString SpectrogramView::readout() const { return m_readout->text(); }

} // namespace widgets
} // namespace gtzan
