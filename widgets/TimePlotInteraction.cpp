#include "widgets/TimePlotInteraction.h"
#include <QFontMetrics>
#include <algorithm>

namespace gtzan {
namespace widgets {

namespace {
const char *kOverlay = "overlay";
using RangeSignal = void (QCPAxis::*)(const QCPRange &);
} // namespace

TimePlotInteraction::TimePlotInteraction(QCustomPlot *plot) : QObject(plot), m_plot(plot) {
    if (!plot->layer(QString::fromLatin1(kOverlay))) {
        plot->addLayer(QString::fromLatin1(kOverlay), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
        plot->layer(QString::fromLatin1(kOverlay))->setMode(QCPLayer::lmBuffered);
    }
    m_line = new QCPItemStraightLine(plot);
    m_line->setLayer(QString::fromLatin1(kOverlay));
    m_line->setPen(QPen(QColor(0, 220, 255), 1.5));
    m_line->setSelectable(false);
    m_line->setVisible(false);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // QCustomPlot emits mouseWheel before its axis rect zooms: the modifier picks the direction.
    connect(plot, &QCustomPlot::mouseWheel, this,
            [this](QWheelEvent *e) { m_plot->axisRect()->setRangeZoom(e->modifiers() & Qt::ControlModifier ? Qt::Vertical : Qt::Horizontal); });
    connect(plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *e) {
        if (e->button() == Qt::LeftButton) resetZoom();
    });
    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) { m_pressPos = e->pos(); });
    connect(plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        // A drag pans; only a click that stayed put seeks.
        if (e->button() != Qt::LeftButton || (e->pos() - m_pressPos).manhattanLength() > 3) return;
        if (!m_plot->axisRect()->rect().contains(e->pos()) || m_duration <= 0) return;
        Q_EMIT seekRequested(qBound(0.0, m_plot->xAxis->pixelToCoord(e->pos().x()), m_duration));
    });
    connect(plot->xAxis, static_cast<RangeSignal>(&QCPAxis::rangeChanged), this, &TimePlotInteraction::clampRange);
    // As many y ticks as the height has room for (a short waveform printed "-0.2-0.1 0 0.1"): one
    // label per 30 px. Plots that label y with text (frequencies, genres) place their own ticks.
    connect(plot, &QCustomPlot::afterLayout, this, [this] {
        const int ticks = std::clamp(m_plot->axisRect()->height() / 30, 2, 6);
        QSharedPointer<QCPAxisTicker> ticker = m_plot->yAxis->ticker();
        if (ticker && ticker.dynamicCast<QCPAxisTickerText>().isNull()) ticker->setTickCount(ticks);
        // A colour bar beside the plot is as tall as it: as many labels as fit there too.
        for (QCPLayoutElement *e : m_plot->plotLayout()->elements(true))
            if (auto *scale = qobject_cast<QCPColorScale *>(e)) scale->axis()->ticker()->setTickCount(ticks);
    });
    connect(plot, &QCustomPlot::afterLayout, this, &TimePlotInteraction::fitYLabel);
}

void TimePlotInteraction::setDuration(double seconds) { m_duration = seconds; }

void TimePlotInteraction::setFullYRange(const QCPRange &range) {
    m_fullY = range;
    m_hasFullY = true;
}

void TimePlotInteraction::setYLabel(const QString &full, const QString &brief) {
    m_yFull = full;
    m_yBrief = brief;
    fitYLabel();
}

void TimePlotInteraction::fitYLabel() {
    if (m_yFull.isEmpty()) return;
    const int room = m_plot->axisRect()->height();
    const QFontMetrics fm(m_plot->yAxis->labelFont());
    QString label;
    if (room <= 0 || fm.horizontalAdvance(m_yFull) <= room) label = m_yFull; // before the first layout: the full one
    else if (fm.horizontalAdvance(m_yBrief) <= room) label = m_yBrief;
    if (m_plot->yAxis->label() == label) return;
    m_plot->yAxis->setLabel(label);
    m_plot->replot(QCustomPlot::rpQueuedReplot); // the margins follow the new title
}

void TimePlotInteraction::resetZoom() {
    if (m_duration > 0) m_plot->xAxis->setRange(0, m_duration);
    if (m_hasFullY) m_plot->yAxis->setRange(m_fullY);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT zoomReset();
}

void TimePlotInteraction::clampRange(const QCPRange &range) {
    if (m_duration <= 0) return;
    QCPRange r = range;
    if (r.size() > m_duration) r = QCPRange(0, m_duration);
    if (r.lower < 0) r = QCPRange(0, r.size());
    if (r.upper > m_duration) r = QCPRange(m_duration - r.size(), m_duration);
    if (r.lower != range.lower || r.upper != range.upper) m_plot->xAxis->setRange(r);
}

void TimePlotInteraction::setPlayhead(double seconds) {
    m_playhead = seconds;
    m_line->setVisible(seconds >= 0);
    if (seconds >= 0) {
        m_line->point1->setCoords(seconds, 0);
        m_line->point2->setCoords(seconds, 1);
    }
    // Only the overlay layer repaints (cheap at playback rate); before the plot's first full
    // replot that layer has no paint buffer yet, and a full (queued) replot draws the line anyway.
    if (m_plot->isVisible() && m_plot->width() > 0) m_plot->layer(QString::fromLatin1(kOverlay))->replot();
    else m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimePlotInteraction::linkTimeAxes(QCustomPlot *a, QCustomPlot *b) {
    auto follow = [](QCustomPlot *to) {
        return [to](const QCPRange &r) {
            if (to->xAxis->range() == r) return; // stops the ping-pong between the two
            to->xAxis->setRange(r);
            to->replot(QCustomPlot::rpQueuedReplot);
        };
    };
    QObject::connect(a->xAxis, static_cast<RangeSignal>(&QCPAxis::rangeChanged), b, follow(b));
    QObject::connect(b->xAxis, static_cast<RangeSignal>(&QCPAxis::rangeChanged), a, follow(a));
}

} // namespace widgets
} // namespace gtzan
