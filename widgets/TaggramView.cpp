#include "widgets/TaggramView.h"
#include "common/ClockText.h"
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

TaggramView::TaggramView(QWidget *parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(40);
    clear();
}

void TaggramView::clear(const QString &placeholder) {
    m_taggram = gtzan::Matrix();
    m_tagNames.clear();
    m_rows.clear();
    m_patchSeconds = 0;
    m_placeholder = placeholder.isEmpty() ? tr("Tags over time appear here for models built on musicnn.") : placeholder;
    update();
}

void TaggramView::setTaggram(const gtzan::Matrix &taggram, const QStringList &tagNames, const std::vector<int> &rows, double patchSeconds) {
    m_taggram = taggram;
    m_tagNames = tagNames;
    m_rows.clear();
    for (int r : rows)
        if (r >= 0 && r < taggram.cols && r < tagNames.size()) m_rows.push_back(r);
    m_patchSeconds = patchSeconds;
    // A line of text per tag row, and the time labels below.
    setMinimumHeight(std::max(40, int(m_rows.size()) * fontMetrics().height() + fontMetrics().height() + 14));
    if (m_taggram.rows == 0 || m_rows.empty()) clear();
    update();
}

QRectF TaggramView::gridRect() const {
    int label = 0;
    for (int r : m_rows) label = std::max(label, fontMetrics().horizontalAdvance(m_tagNames.value(r)));
    const double left = 6 + label + 6;
    return QRectF(left, 4, std::max(10.0, width() - left - 6), std::max(10, height() - 8 - fontMetrics().height() - 2));
}

bool TaggramView::cellAt(const QPoint &pos, int &row, int &patch) const {
    const QRectF g = gridRect();
    if (m_rows.empty() || m_taggram.rows == 0 || !g.contains(pos)) return false;
    row = std::clamp(int((pos.y() - g.top()) / g.height() * double(m_rows.size())), 0, int(m_rows.size()) - 1);
    patch = std::clamp(int((pos.x() - g.left()) / g.width() * m_taggram.rows), 0, m_taggram.rows - 1);
    return true;
}

QString TaggramView::toolTipAt(const QPoint &pos) const {
    int row = 0, patch = 0;
    if (!cellAt(pos, row, patch)) return {};
    const int tag = m_rows[size_t(row)];
    return tr("%1 at %2-%3: %4%")
        .arg(m_tagNames.value(tag), gtzan::clockText(patch * m_patchSeconds), gtzan::clockText((patch + 1) * m_patchSeconds))
        .arg(double(m_taggram.at(patch, tag)) * 100.0, 0, 'f', 0);
}

bool TaggramView::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void TaggramView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QPalette &pal = palette();
    if (m_rows.empty() || m_taggram.rows == 0) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::WindowText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRectF g = gridRect();
    const double rowH = g.height() / double(m_rows.size()), colW = g.width() / double(m_taggram.rows);
    // Probability as ink on the window's own background, so it reads in light and dark themes.
    // Scaled to the strongest cell shown: tag probabilities rarely pass 0.5, and faint ink on
    // faint ink would hide where along the file a tag is strongest (the tooltip gives the value).
    const QColor ink = pal.color(QPalette::Highlight), paper = pal.color(QPalette::Base);
    double strongest = 1e-6;
    for (int r : m_rows)
        for (int c = 0; c < m_taggram.rows; ++c) strongest = std::max(strongest, double(m_taggram.at(c, r)));
    for (size_t r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_taggram.rows; ++c) {
            const double v = std::clamp(double(m_taggram.at(c, m_rows[r])) / strongest, 0.0, 1.0);
            QColor mix;
            mix.setRgbF(float(paper.redF() + (ink.redF() - paper.redF()) * v), float(paper.greenF() + (ink.greenF() - paper.greenF()) * v),
                        float(paper.blueF() + (ink.blueF() - paper.blueF()) * v));
            p.fillRect(QRectF(g.left() + c * colW, g.top() + double(r) * rowH, colW + 0.5, rowH + 0.5), mix);
        }
        // Squeezed rows name every second (third, ...) tag rather than print names over each other.
        const size_t stride = size_t(std::max(1.0, std::ceil(fontMetrics().height() / std::max(1.0, rowH))));
        if (r % stride != 0) continue;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(0, g.top() + double(r) * rowH, g.left() - 6, std::max(rowH, double(fontMetrics().height()))), Qt::AlignRight | Qt::AlignTop,
                   m_tagNames.value(m_rows[r]));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(g);
    // Time ticks: start, middle and end of the file.
    p.setPen(pal.color(QPalette::WindowText));
    const double total = m_taggram.rows * m_patchSeconds;
    const double y = g.bottom() + 2;
    p.drawText(QRectF(g.left(), y, 80, fontMetrics().height()), Qt::AlignLeft, gtzan::clockText(0));
    p.drawText(QRectF(g.center().x() - 40, y, 80, fontMetrics().height()), Qt::AlignHCenter, gtzan::clockText(total / 2));
    p.drawText(QRectF(g.right() - 80, y, 80, fontMetrics().height()), Qt::AlignRight, gtzan::clockText(total));
}

} // namespace widgets
} // namespace gtzan
