#include "widgets/SaliencyStrip.h"
#include "common/ClockText.h"
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace gtzan {
namespace widgets {

SaliencyStrip::SaliencyStrip(QWidget *parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(18);
    setObjectName(QStringLiteral("saliencyStrip"));
}

void SaliencyStrip::setSegments(const std::vector<double> &startSeconds, const std::vector<float> &values, double totalSeconds) {
    m_starts = startSeconds;
    m_values = values;
    m_values.resize(std::min(m_values.size(), m_starts.size()));
    m_total = totalSeconds;
    update();
}

void SaliencyStrip::clear() {
    m_starts.clear();
    m_values.clear();
    m_total = 0;
    update();
}

QRectF SaliencyStrip::blockRect(int i) const {
    if (m_total <= 0 || i < 0 || i >= blockCount()) return {};
    const QRectF bar(2, 2, width() - 4, height() - 4);
    const double end = i + 1 < blockCount() ? m_starts[size_t(i) + 1] : m_total;
    const double x0 = bar.left() + bar.width() * m_starts[size_t(i)] / m_total;
    const double x1 = bar.left() + bar.width() * std::min(end, m_total) / m_total;
    return QRectF(x0, bar.top(), std::max(1.0, x1 - x0), bar.height());
}

QString SaliencyStrip::toolTipAt(const QPoint &pos) const {
    for (int i = 0; i < blockCount(); ++i)
        if (blockRect(i).adjusted(0, 0, 1, 0).contains(pos)) {
            const double end = i + 1 < blockCount() ? m_starts[size_t(i) + 1] : m_total;
            return tr("Segment %1 (%2 to %3): saliency %4")
                .arg(i + 1)
                .arg(gtzan::clockText(m_starts[size_t(i)]), gtzan::clockText(end))
                .arg(double(m_values[size_t(i)]), 0, 'f', 2);
        }
    return {};
}

bool SaliencyStrip::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void SaliencyStrip::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_values.empty()) return;
    // Relative to the strongest segment, in the overlay's green.
    const float peak = std::max(1e-6f, *std::max_element(m_values.begin(), m_values.end()));
    for (int i = 0; i < blockCount(); ++i) {
        const float v = m_values[size_t(i)] / peak;
        QColor c = QColor::fromRgbF(0.1f + 0.7f * v, 0.25f + 0.75f * v, 0.2f + 0.5f * v);
        p.fillRect(blockRect(i), c);
        p.setPen(palette().window().color());
        p.drawRect(blockRect(i));
    }
}

} // namespace widgets
} // namespace gtzan
