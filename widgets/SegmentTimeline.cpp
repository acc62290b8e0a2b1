#include "widgets/SegmentTimeline.h"
#include "common/ClockText.h"
#include "widgets/GenreColors.h"
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

SegmentTimeline::SegmentTimeline(QWidget *parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(52);
}

void SegmentTimeline::clear() {
    m_genres.clear();
    m_segments.clear();
    m_totalSeconds = 0;
    update();
}

void SegmentTimeline::setSegments(const QStringList &genres, const std::vector<gtzan::SegmentPrediction> &segments, double totalSeconds) {
    m_genres = genres;
    m_segments = segments;
    m_totalSeconds = totalSeconds;
    for (const auto &s : segments) m_totalSeconds = std::max(m_totalSeconds, s.startSeconds + s.seconds);
    update();
}

QRectF SegmentTimeline::barRect() const { return QRectF(4, 4, width() - 8, height() - 8 - fontMetrics().height() - 2); }

QRectF SegmentTimeline::segmentRect(int i) const {
    const QRectF bar = barRect();
    if (m_totalSeconds <= 0 || i < 0 || i >= segmentCount()) return {};
    const auto &s = m_segments[size_t(i)];
    // Segments may overlap at the end (the last one is aligned to the clip's end); draw each from
    // its start to the next one's start so the blocks tile the bar.
    const double end = i + 1 < segmentCount() ? m_segments[size_t(i) + 1].startSeconds : s.startSeconds + s.seconds;
    const double x0 = bar.left() + bar.width() * s.startSeconds / m_totalSeconds;
    const double x1 = bar.left() + bar.width() * std::min(end, m_totalSeconds) / m_totalSeconds;
    return QRectF(x0, bar.top(), std::max(1.0, x1 - x0), bar.height());
}

int SegmentTimeline::segmentAt(const QPoint &pos) const {
    for (int i = 0; i < segmentCount(); ++i)
        if (segmentRect(i).adjusted(0, 0, 1, 0).contains(pos)) return i;
    return -1;
}

QString SegmentTimeline::toolTipFor(int i) const {
    if (i < 0 || i >= segmentCount()) return {};
    const auto &s = m_segments[size_t(i)];
    std::vector<int> order(s.probabilities.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = int(k);
    std::sort(order.begin(), order.end(), [&s](int a, int b) { return s.probabilities[size_t(a)] > s.probabilities[size_t(b)]; });
    QString text = tr("Segment %1 (%2 to %3): %4")
                       .arg(i + 1)
                       .arg(gtzan::clockText(s.startSeconds), gtzan::clockText(s.startSeconds + s.seconds), m_genres.value(s.genre));
    for (int k : order) text += QStringLiteral("\n  %1  %2%").arg(m_genres.value(k), -10).arg(double(s.probabilities[size_t(k)]) * 100.0, 5, 'f', 1);
    return text;
}

bool SegmentTimeline::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int i = segmentAt(help->pos());
        if (i >= 0) QToolTip::showText(help->globalPos(), toolTipFor(i), this, segmentRect(i).toRect());
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void SegmentTimeline::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF bar = barRect();
    p.fillRect(bar, palette().color(QPalette::Base));
    if (m_segments.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(bar, Qt::AlignCenter, tr("No prediction yet"));
        return;
    }
    for (int i = 0; i < segmentCount(); ++i) {
        const QRectF r = segmentRect(i);
        const QString genre = m_genres.value(m_segments[size_t(i)].genre);
        const QColor c = genrecolors::color(genre);
        p.fillRect(r, c);
        p.setPen(c.darker(140));
        p.drawLine(r.topLeft(), r.bottomLeft());
        if (p.fontMetrics().horizontalAdvance(genre) + 6 < r.width()) {
            p.setPen(c.lightness() > 150 ? Qt::black : Qt::white);
            p.drawText(r, Qt::AlignCenter, genre);
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar);
    // Time ticks: about one per 80 px, at round seconds.
    p.setPen(palette().color(QPalette::WindowText));
    static const double steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600};
    double step = steps[0];
    for (double s : steps) {
        step = s;
        if (bar.width() * s / m_totalSeconds >= 80) break;
    }
    const double y = bar.bottom() + 2;
    for (double t = 0; t <= m_totalSeconds + 1e-6; t += step) {
        const double x = bar.left() + bar.width() * t / m_totalSeconds;
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, y + 2));
        const QString label = gtzan::clockText(t);
        const double w = p.fontMetrics().horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, width() - w), y + 2 + p.fontMetrics().ascent()), label);
    }
}

} // namespace widgets
} // namespace gtzan
