#include "widgets/SpectrogramView.h"
#include "common/SortedSearch.h"
#include "widgets/ColorMaps.h"
#include "widgets/PlotPlaceholder.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/TimePlotInteraction.h"
#include <QFontMetrics>
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
    // Over the map: the saliency overlay (own colour scale, none shown), the onset curve and beats.
    m_overlay = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_overlay->setInterpolate(false);
    m_overlay->setVisible(false);
    m_overlay->setDataRange(QCPRange(0, 1));
    m_onsetCurve = m_plot->addGraph();
    m_onsetCurve->setPen(QPen(QColor(255, 255, 255), 1.5));
    m_onsetCurve->setName(tr("Onset strength"));
    m_beatLines = m_plot->addGraph();
    m_beatLines->setPen(QPen(QColor(0, 230, 255), 1.2, Qt::DashLine));
    m_beatLines->setName(tr("Beats"));
    // Perceptually uniform by default, never jet.
    m_map->setGradient(colormaps::gradient(m_colorMap));
    m_scale->axis()->setLabel(tr("Level (dB)"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_time = new TimePlotInteraction(m_plot);
    m_time->setYLabel(tr("Frequency (Hz)"), tr("Hz"));
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
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        m_hoverPixel = e->pos();
        m_readout->setText(readoutAt(e->pos()));
        Q_EMIT readoutChanged(m_readout->text());
    });
    // A zoom or pan moves what lies under a still mouse: the read-out says what is there now.
    const auto rehover = [this] {
        if (!m_plot->rect().contains(m_hoverPixel) || !m_plot->underMouse()) return;
        m_readout->setText(readoutAt(m_hoverPixel));
        Q_EMIT readoutChanged(m_readout->text());
    };
    connect(m_plot->xAxis, static_cast<void (QCPAxis::*)(const QCPRange &)>(&QCPAxis::rangeChanged), this, rehover);
    connect(m_plot->xAxis, static_cast<void (QCPAxis::*)(const QCPRange &)>(&QCPAxis::rangeChanged), this, [this] { drawBeatLines(); });
    // A wider or narrower plot has room for more or fewer beat lines (drawn in this same replot).
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        const QSize size = m_plot->axisRect()->size();
        if (size == m_laidOutSize) return;
        m_laidOutSize = size;
        drawBeatLines();
        if (m_hasFrequencies) setFrequencyTicks();
    });
    connect(m_plot->yAxis, static_cast<void (QCPAxis::*)(const QCPRange &)>(&QCPAxis::rangeChanged), this, [this] {
        if (m_hasFrequencies) setFrequencyTicks(); // zoomed in on y: room for finer labels
    });
    connect(m_plot->yAxis, static_cast<void (QCPAxis::*)(const QCPRange &)>(&QCPAxis::rangeChanged), this, rehover);
    clear(); // empty until a clip comes: a quiet placeholder, no made-up axes
}

void SpectrogramView::setSpectrogram(const gtzan::DisplaySpectrogram &s) {
    m_signedRange = 0;
    showSpectrogram(s);
}

void SpectrogramView::setDifference(const gtzan::DisplaySpectrogram &difference, double halfRangeDb) {
    m_signedRange = std::max(0.1, halfRangeDb);
    showSpectrogram(difference);
    m_scale->axis()->setLabel(tr("B - A (dB)"));
    m_plot->replot();
}

void SpectrogramView::setReadoutShown(bool shown) { m_readout->setVisible(shown); }

void SpectrogramView::setLevelTop(double topDb) {
    m_levelTop = topDb;
    applyLevelRange();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrogramView::showSpectrogram(const gtzan::DisplaySpectrogram &s) {
    setPlotPlaceholder(m_plot, false);
    m_scale->setVisible(true);
    m_spec = s;
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
    m_hasFrequencies = gtzan::layerHasFrequencyRows(s.axis);
    switch (s.axis) {
    case gtzan::FrequencyAxis::Mel:
    case gtzan::FrequencyAxis::Onset: m_time->setYLabel(tr("Frequency (Hz, mel scale)"), tr("Hz (mel)")); break;
    case gtzan::FrequencyAxis::Log: m_time->setYLabel(tr("Frequency (Hz, log scale)"), tr("Hz (log)")); break;
    case gtzan::FrequencyAxis::Linear: m_time->setYLabel(tr("Frequency (Hz)"), tr("Hz")); break;
    case gtzan::FrequencyAxis::Chroma: m_time->setYLabel(tr("Pitch class"), tr("Pitch")); break;
    case gtzan::FrequencyAxis::Mfcc: m_time->setYLabel(tr("MFCC coefficient"), tr("MFCC")); break;
    case gtzan::FrequencyAxis::Tempogram: m_time->setYLabel(tr("Tempo (BPM)"), tr("BPM")); break;
    }
    if (s.decibels) m_scale->axis()->setLabel(tr("Level (dB)"));
    else if (s.axis == gtzan::FrequencyAxis::Chroma) m_scale->axis()->setLabel(tr("Strength (0-1)"));
    else if (s.axis == gtzan::FrequencyAxis::Tempogram) m_scale->axis()->setLabel(tr("Autocorrelation"));
    else m_scale->axis()->setLabel(tr("Value"));
    if (m_hasFrequencies) setFrequencyTicks();
    else setLayerTicks();
    applyGradient();
    drawRhythm();
    drawOverlay();
    m_time->setDuration(std::max(1, m.cols - 1) * spf);
    m_time->setFullYRange(QCPRange(-0.5, m.rows - 0.5));
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
    s.decibels = false;
    m_spec = s;
    m_hasFrequencies = false;
    m_onsetCurve->data()->clear();
    m_beatLines->data()->clear();
    m_overlay->setVisible(false);
    m_map->data()->setSize(m.cols, m.rows);
    m_map->data()->setRange(QCPRange(0, std::max(1, m.cols - 1) * secondsPerFrame), QCPRange(0, std::max(1, m.rows - 1)));
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) m_map->data()->setCell(c, r, m.at(r, c));
    m_map->rescaleDataRange(true);
    m_scale->axis()->setLabel(valueLabel);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_time->setYLabel(tr("Band"), tr("Band"));
    m_time->setDuration(m.cols * secondsPerFrame);
    m_plot->rescaleAxes();
    m_time->setFullYRange(m_plot->yAxis->range());
    m_plot->replot();
}

void SpectrogramView::clear() {
    setPlotPlaceholder(m_plot, true, tr("No clip"));
    m_scale->setVisible(false);
    m_map->data()->clear();
    m_spec = gtzan::DisplaySpectrogram();
    m_onsetCurve->data()->clear();
    m_beatLines->data()->clear();
    clearSaliencyOverlay();
    setMaskRects({});
    m_plot->replot();
}

void SpectrogramView::setFrequencyTicks() {
    // Labels at round frequencies, placed at their (fractional) rows; rows are not linear in Hz
    // in the mel and log views, so a plain numeric ticker would lie.
    static const double candidates[] = {20, 50, 100, 200, 300, 500, 1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 16000, 20000, 24000};
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    const std::vector<double> &hz = m_spec.rowHz;
    // One label per line of text at the height and zoom shown: a short plot gets fewer labels.
    const int height = m_plot->axisRect()->height();
    const double rowsPerPixel = height > 10 ? m_plot->yAxis->range().size() / height : hz.size() / 140.0;
    const double labelPixels = QFontMetrics(m_plot->yAxis->tickLabelFont()).height() + 4;
    const double minGap =
        std::max({1.0, hz.size() / 14.0 * std::min(1.0, m_plot->yAxis->range().size() / std::max<double>(1, hz.size())), labelPixels * rowsPerPixel});
    double lastRow = -1e9;
    for (double f : candidates) {
        if (hz.empty() || f < hz.front() || f > hz.back()) continue;
        const double row = gtzan::fractionalIndex(hz, f);
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
    applyGradient();
    m_plot->replot();
}

// A sign-carrying layer (MFCC) is drawn with a diverging map; levels with the chosen one.
void SpectrogramView::applyGradient() {
    const bool signedValues = m_signedRange > 0 || (m_spec.axis == gtzan::FrequencyAxis::Mfcc && !m_spec.decibels);
    m_map->setGradient(signedValues ? colormaps::diverging() : colormaps::gradient(m_colorMap));
}

void SpectrogramView::setDynamicRange(double rangeDb) {
    m_rangeDb = qBound(10.0, rangeDb, 200.0);
    applyLevelRange();
    m_plot->replot();
}

void SpectrogramView::applyLevelRange() {
    if (m_signedRange > 0) {
        m_map->setDataRange(QCPRange(-m_signedRange, m_signedRange));
        return;
    }
    if (m_spec.decibels) {
        const double top = qIsNaN(m_levelTop) ? m_peakDb : m_levelTop;
        m_map->setDataRange(QCPRange(top - m_rangeDb, top));
        return;
    }
    // Not levels: the layer's own span (MFCC: symmetric about 0, so the sign reads at a glance).
    float lo = 0, hi = 1;
    if (!m_spec.db.empty()) {
        lo = *std::min_element(m_spec.db.data.begin(), m_spec.db.data.end());
        hi = *std::max_element(m_spec.db.data.begin(), m_spec.db.data.end());
    }
    if (m_spec.axis == gtzan::FrequencyAxis::Chroma) lo = 0, hi = 1;
    if (m_spec.axis == gtzan::FrequencyAxis::Tempogram) lo = 0, hi = std::max(hi, 1e-3f);
    if (m_spec.axis == gtzan::FrequencyAxis::Mfcc) {
        // Centred on 0 and scaled by coefficients 1 and up: coefficient 0 is the frame's overall
        // level (hundreds below 0), and letting it set the scale would wash the others out to white.
        // It saturates instead; 98% of the others' magnitudes fit the scale.
        std::vector<float> magnitudes;
        for (int r = 1; r < m_spec.db.rows; ++r)
            for (int c = 0; c < m_spec.db.cols; ++c) magnitudes.push_back(std::abs(m_spec.db.at(r, c)));
        float a = 1.0f;
        if (!magnitudes.empty()) {
            const auto at = magnitudes.begin() + std::ptrdiff_t(0.98 * double(magnitudes.size() - 1));
            std::nth_element(magnitudes.begin(), at, magnitudes.end());
            a = std::max(*at, 1e-3f);
        }
        lo = -a, hi = a;
    }
    m_map->setDataRange(QCPRange(lo, hi > lo ? hi : lo + 1));
}

void SpectrogramView::setLayerTicks() {
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    if (!m_spec.rowBpm.empty()) {
        // Tempo rows are geometric: labels at round tempi, placed at their fractional rows.
        const std::vector<double> &bpm = m_spec.rowBpm;
        for (double t : {30.0, 45.0, 60.0, 90.0, 120.0, 180.0, 240.0, 360.0, 480.0}) {
            if (t < bpm.front() || t > bpm.back()) continue;
            ticker->addTick(gtzan::fractionalIndex(bpm, t), QString::number(qRound(t)));
        }
    } else {
        const int step = m_spec.rowNames.size() > 12 ? 2 : 1;
        for (int r = 0; r < m_spec.rowNames.size(); r += step) ticker->addTick(r, m_spec.rowNames.at(r));
    }
    m_plot->yAxis->setTicker(ticker);
}

void SpectrogramView::drawRhythm() {
    m_onsetCurve->data()->clear();
    m_beatLines->data()->clear();
    const double spf = m_spec.secondsPerFrame();
    const double top = std::max(1, m_spec.db.rows - 1);
    if (!m_spec.onsetCurve.empty()) {
        QVector<double> x, y;
        for (size_t c = 0; c < m_spec.onsetCurve.size(); ++c) {
            x << c * spf;
            y << -0.5 + 0.9 * top * m_spec.onsetCurve[c];
        }
        m_onsetCurve->setData(x, y, true);
    }
    drawBeatLines();
}

// Beats as vertical lines of one graph, broken by NaN between them (one item per beat would be
// thousands of items in a long file), and only those in view, at most one per kMinBeatGapPx pixels:
// a 10-minute song's 1,300 beats would otherwise paint the whole view in their colour.
void SpectrogramView::drawBeatLines() {
    constexpr double kMinBeatGapPx = 4.0;
    m_beatLines->data()->clear();
    if (m_spec.axis != gtzan::FrequencyAxis::Onset && m_spec.axis != gtzan::FrequencyAxis::Tempogram) return;
    const QCPRange view = m_plot->xAxis->range();
    QVector<double> x, y;
    double lastPx = -1e9;
    for (double b : m_spec.beatSeconds) {
        if (b < view.lower || b > view.upper) continue;
        const double px = m_plot->xAxis->coordToPixel(b);
        if (px - lastPx < kMinBeatGapPx) continue;
        lastPx = px;
        x << b << b << b;
        y << -0.5 << m_spec.db.rows - 0.5 << qQNaN();
    }
    m_beatLines->setData(x, y, true);
}

void SpectrogramView::setSaliencyOverlay(const gtzan::Matrix &map, const std::vector<double> &rowHz, double secondsPerFrame) {
    m_saliency = map;
    m_saliencyHz = rowHz;
    m_saliencySpf = secondsPerFrame;
    drawOverlay();
    m_plot->replot();
}

void SpectrogramView::clearSaliencyOverlay() {
    m_saliency = gtzan::Matrix();
    m_saliencyHz.clear();
    m_overlay->setVisible(false);
    m_overlay->data()->clear();
    m_plot->replot();
}

bool SpectrogramView::saliencyOverlayShown() const { return m_overlay->visible(); }

void SpectrogramView::setOverlayOpacity(double opacity) {
    m_overlayOpacity = qBound(0.0, opacity, 1.0);
    drawOverlay();
    m_plot->replot();
}

void SpectrogramView::drawOverlay() {
    const gtzan::Matrix &m = m_spec.db;
    if (m_saliency.empty() || m_saliencyHz.empty() || m.empty() || !m_hasFrequencies || m_saliencySpf <= 0) {
        m_overlay->setVisible(false);
        return;
    }
    // The map onto this view's rows (by frequency) and columns (by time); beyond the map: 0.
    const double spf = m_spec.secondsPerFrame();
    auto *data = new QCPColorMapData(m.cols, m.rows, QCPRange(0, std::max(1, m.cols - 1) * spf), QCPRange(0, std::max(1, m.rows - 1)));
    std::vector<int> rowOf(size_t(m.rows));
    for (int r = 0; r < m.rows; ++r) {
        rowOf[size_t(r)] = std::min(gtzan::nearestIndex(m_saliencyHz, m_spec.hzAtRow(r)), m_saliency.rows - 1);
    }
    for (int c = 0; c < m.cols; ++c) {
        const int sc = int(std::lround(c * spf / m_saliencySpf));
        for (int r = 0; r < m.rows; ++r) data->setCell(c, r, sc < m_saliency.cols ? m_saliency.at(rowOf[size_t(r)], sc) : 0.0);
    }
    m_overlay->setData(data, false);
    // Transparent where nothing mattered, a bright green-white where most did: a hue no colour map uses.
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0, 0, 0, 0));
    g.setColorStopAt(0.2, QColor(0, 255, 160, int(40 * m_overlayOpacity)));
    g.setColorStopAt(0.6, QColor(0, 255, 160, int(150 * m_overlayOpacity)));
    g.setColorStopAt(1.0, QColor(220, 255, 235, int(240 * m_overlayOpacity)));
    m_overlay->setGradient(g);
    m_overlay->setDataRange(QCPRange(0, 1));
    m_overlay->setVisible(true);
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
    if (m_spec.axis == gtzan::FrequencyAxis::Chroma && row < m_spec.rowNames.size())
        return tr("t %1 s   pitch class %2   strength %3").arg(t, 0, 'f', 3).arg(m_spec.rowNames.at(row)).arg(double(level), 0, 'f', 2);
    if (m_spec.axis == gtzan::FrequencyAxis::Mfcc) return tr("t %1 s   MFCC %2   value %3").arg(t, 0, 'f', 3).arg(row).arg(double(level), 0, 'f', 1);
    if (m_spec.axis == gtzan::FrequencyAxis::Tempogram && size_t(row) < m_spec.rowBpm.size())
        // Two tempi that can differ: the beat tracker's, and the one the onsets repeat at most.
        return tr("t %1 s   %2 BPM   autocorrelation %3   (beat tracker: %4 BPM; strongest in the tempogram: %5 BPM)")
            .arg(t, 0, 'f', 3)
            .arg(m_spec.rowBpm[size_t(row)], 0, 'f', 0)
            .arg(double(level), 0, 'f', 2)
            .arg(m_spec.tempoBpm, 0, 'f', 1)
            .arg(m_spec.tempogramPeakBpm, 0, 'f', 0);
    if (!m_hasFrequencies) return tr("t %1 s   band %2   value %3").arg(t, 0, 'f', 3).arg(row).arg(double(level), 0, 'f', 2);
    const double hz = m_spec.hzAtRow(row);
    const int band = m_spec.axis == gtzan::FrequencyAxis::Mel ? row : m_spec.melBandForHz(hz);
    QString text = tr("t %1 s   %2 Hz   mel band %3 of %4   %5 dB")
                       .arg(t, 0, 'f', 3)
                       .arg(qRound(hz))
                       .arg(band)
                       .arg(int(m_spec.melCentresHz.size()))
                       .arg(double(level), 0, 'f', 1);
    if (!m_spec.onsetCurve.empty())
        text += tr("   onset %1   tempo %2 BPM")
                    .arg(double(m_spec.onsetCurve[size_t(std::min(col, int(m_spec.onsetCurve.size()) - 1))]), 0, 'f', 2)
                    .arg(m_spec.tempoBpm, 0, 'f', 1);
    if (m_overlay->visible() && m_overlay->data()) text += tr("   saliency %1").arg(m_overlay->data()->cell(col, row), 0, 'f', 2);
    return text;
}

QString SpectrogramView::readout() const { return m_readout->text(); }

} // namespace widgets
} // namespace gtzan
