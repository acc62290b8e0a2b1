#include "widgets/ConfusionMatrixView.h"
#include "common/ExportFile.h"
#include <QFile>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QToolTip>
#include <algorithm>

namespace gtzan {
namespace widgets {

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const QStringList &genres, const std::vector<std::vector<int>> &confusion) {
    m_genres = genres;
    m_confusion = confusion;
    m_confusion.resize(size_t(genres.size()));
    for (auto &row : m_confusion) row.resize(size_t(genres.size()), 0);
    m_selectedRow = m_selectedColumn = -1;
    update();
}

void ConfusionMatrixView::clear() { setMatrix({}, {}); }

void ConfusionMatrixView::setShowPercent(bool percent) {
    m_percent = percent;
    update();
}

void ConfusionMatrixView::setSelectedCell(int trueLabel, int predicted) {
    m_selectedRow = trueLabel;
    m_selectedColumn = predicted;
    update();
}

int ConfusionMatrixView::rowTotal(int row) const {
    int total = 0;
    for (int v : m_confusion[size_t(row)]) total += v;
    return total;
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const {
    Geometry g;
    const int n = int(m_genres.size());
    if (n == 0) return g;
    const QFontMetrics fm(font());
    for (const QString &name : m_genres) g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(name));
    g.headerHeight = g.labelWidth + fm.height() + 12; // rotated column names under the "predicted" caption
    g.labelWidth += fm.height() + 12;                 // room for the rotated "true" caption
    const int w = width() - g.labelWidth - 8, h = height() - g.headerHeight - 8;
    g.cell = std::max(4.0, std::min(double(w), double(h)) / n);
    g.grid = QRect(g.labelWidth, g.headerHeight, int(g.cell * n), int(g.cell * n));
    return g;
}

QRect ConfusionMatrixView::cellRect(int r, int c) const {
    const int n = int(m_genres.size());
    if (r < 0 || c < 0 || r >= n || c >= n) return {};
    const Geometry g = geometry();
    const int x0 = g.grid.left() + int(c * g.cell), x1 = g.grid.left() + int((c + 1) * g.cell);
    const int y0 = g.grid.top() + int(r * g.cell), y1 = g.grid.top() + int((r + 1) * g.cell);
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

bool ConfusionMatrixView::cellAt(const QPoint &pos, int &r, int &c) const {
    const Geometry g = geometry();
    if (m_genres.isEmpty() || !g.grid.contains(pos)) return false;
    r = std::min(int(m_genres.size()) - 1, int((pos.y() - g.grid.top()) / g.cell));
    c = std::min(int(m_genres.size()) - 1, int((pos.x() - g.grid.left()) / g.cell));
    return true;
}

QString ConfusionMatrixView::cellText(int r, int c) const {
    const int count = m_confusion[size_t(r)][size_t(c)];
    if (!m_percent) return QString::number(count);
    const int total = rowTotal(r);
    return total > 0 ? QStringLiteral("%1%").arg(100.0 * count / total, 0, 'f', 0) : QStringLiteral("-");
}

QString ConfusionMatrixView::toolTipFor(int r, int c) const {
    const int count = m_confusion[size_t(r)][size_t(c)], total = rowTotal(r);
    const QString share = total > 0 ? QString::number(100.0 * count / total, 'f', 1) : QStringLiteral("0");
    if (r == c) return tr("%1: %2 of %3 clips right (%4%)").arg(m_genres[r]).arg(count).arg(total).arg(share);
    return tr("%1 taken for %2: %3 of %4 clips (%5%)").arg(m_genres[r], m_genres[c]).arg(count).arg(total).arg(share);
}

void ConfusionMatrixView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = int(m_genres.size());
    if (n == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No confusion matrix yet: finish a run with test clips, or open one from the history."));
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    for (int r = 0; r < n; ++r) {
        const int total = rowTotal(r);
        for (int c = 0; c < n; ++c) {
            const QRect cell = cellRect(r, c);
            const double share = total > 0 ? double(m_confusion[size_t(r)][size_t(c)]) / total : 0.0;
            // Diagonal cells blue, confusions red: a glance tells right from wrong.
            const QColor hot = r == c ? QColor(33, 102, 172) : QColor(178, 24, 43);
            const QColor color = QColor::fromRgbF(1 - share * (1 - hot.redF()), 1 - share * (1 - hot.greenF()), 1 - share * (1 - hot.blueF()));
            p.fillRect(cell, color);
            p.setPen(share > 0.5 ? Qt::white : Qt::black);
            if (g.cell >= 14) p.drawText(cell, Qt::AlignCenter, cellText(r, c));
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    for (int i = 0; i <= n; ++i) {
        const int x = g.grid.left() + int(i * g.cell), y = g.grid.top() + int(i * g.cell);
        p.drawLine(x, g.grid.top(), x, g.grid.top() + int(n * g.cell));
        p.drawLine(g.grid.left(), y, g.grid.left() + int(n * g.cell), y);
    }
    if (m_selectedRow >= 0 && m_selectedRow < n && m_selectedColumn >= 0 && m_selectedColumn < n) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRect(cellRect(m_selectedRow, m_selectedColumn).adjusted(1, 1, -1, -1));
    }
    p.setPen(palette().color(QPalette::Text));
    for (int i = 0; i < n; ++i) {
        const QRect row = cellRect(i, 0);
        p.drawText(QRect(0, row.top(), g.labelWidth - 6, row.height()), Qt::AlignRight | Qt::AlignVCenter, m_genres[i]);
        const QRect col = cellRect(0, i);
        p.save();
        p.translate(col.center().x() + fm.ascent() / 2, g.headerHeight - 6);
        p.rotate(-90);
        p.drawText(0, 0, m_genres[i]);
        p.restore();
    }
    // Axis captions.
    p.save();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(g.grid.left(), 0, g.grid.width(), fm.height() + 6), Qt::AlignCenter, tr("predicted"));
    p.translate(0, g.grid.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.grid.height() / 2, 0, g.grid.height(), fm.height() + 6), Qt::AlignCenter, tr("true"));
    p.restore();
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent *e) {
    int r = -1, c = -1;
    if (e->button() == Qt::LeftButton && cellAt(e->position().toPoint(), r, c)) {
        setSelectedCell(r, c);
        Q_EMIT cellClicked(r, c);
    }
    QWidget::mousePressEvent(e);
}

bool ConfusionMatrixView::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        int r = -1, c = -1;
        if (cellAt(help->pos(), r, c)) QToolTip::showText(help->globalPos(), toolTipFor(r, c), this, cellRect(r, c));
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

bool ConfusionMatrixView::savePng(const QString &path, QString *error) {
    const QPixmap image = grab();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !gtzan::commitExport(f)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString ConfusionMatrixView::toCsv() const {
    QString csv = QStringLiteral("true\\predicted");
    for (const QString &g : m_genres) csv += QLatin1Char(',') + g;
    csv += QLatin1Char('\n');
    for (int r = 0; r < m_genres.size(); ++r) {
        csv += m_genres[r];
        for (int v : m_confusion[size_t(r)]) csv += QLatin1Char(',') + QString::number(v);
        csv += QLatin1Char('\n');
    }
    return csv;
}

bool ConfusionMatrixView::saveCsv(const QString &path, QString *error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toCsv().toUtf8()) < 0 || !gtzan::commitExport(f)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace widgets
} // namespace gtzan
