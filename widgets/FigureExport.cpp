#include "widgets/FigureExport.h"
#include "common/Error.h"
#include "widgets/QCustomPlotInclude.h"
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

namespace gtzan {
namespace widgets {

namespace {
// Draws the title and the plots onto any paint device of `size` pixels.
void paintFigure(QPaintDevice *device, const QList<FigurePanel> &panels, const QString &title, const QSize &size, const QColor &paper) {
    QList<QCustomPlot *> plots;
    for (const FigurePanel &p : panels) plots << p.plot;
    QCPPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), paper);
    QFont font = plots.first()->font();
    font.setBold(true);
    painter.setFont(font);
    const int titleHeight = QFontMetrics(font).height() + 12;
    painter.setPen(plots.first()->palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, 0, size.width() - 16, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    QFont captionFont = plots.first()->font();
    const int captionHeight = QFontMetrics(captionFont).height() + 4;
    int total = 0;
    for (QCustomPlot *p : plots) total += std::max(1, p->height());
    const int room = size.height() - titleHeight;
    int y = titleHeight;
    for (int i = 0; i < plots.size(); ++i) {
        QCustomPlot *p = plots.at(i);
        // The last plot takes what rounding left, so the figure is filled to its edge.
        int h = i + 1 == plots.size() ? size.height() - y : room * std::max(1, p->height()) / total;
        if (!panels.at(i).caption.isEmpty()) {
            painter.setFont(captionFont);
            painter.drawText(QRect(8, y, size.width() - 16, captionHeight), Qt::AlignLeft | Qt::AlignVCenter, panels.at(i).caption);
            y += captionHeight;
            h -= captionHeight;
        }
        painter.save();
        painter.translate(0, y);
        p->toPainter(&painter, size.width(), h); // laid out afresh at this size: labels stay whole
        painter.restore();
        y += h;
    }
}
} // namespace

void exportFigure(const QList<FigurePanel> &panels, const QString &title, const QString &path, const QSize &size) {
    if (panels.isEmpty()) throw gtzan::Error(QStringLiteral("there is nothing to draw: no clip is shown"));
    if (size.width() < kMinFigureSide || size.height() < kMinFigureSide || size.width() > kMaxFigureSide || size.height() > kMaxFigureSide)
        throw gtzan::Error(QStringLiteral("a figure is %1 to %2 pixels a side, not %3 x %4")
                               .arg(kMinFigureSide)
                               .arg(kMaxFigureSide)
                               .arg(size.width())
                               .arg(size.height()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        throw gtzan::Error(QStringLiteral("%1: a figure is written as .png or .svg").arg(QFileInfo(path).fileName()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throw gtzan::Error(QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
    const QColor paper = panels.first().plot->palette().color(QPalette::Base);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("GTZAN Explorer"));
        paintFigure(&svg, panels, title, size, paper);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        paintFigure(&image, panels, title, size, paper);
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            throw gtzan::Error(QStringLiteral("%1 cannot be written as PNG").arg(path));
        }
    }
    if (!file.commit()) throw gtzan::Error(QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace widgets
} // namespace gtzan
