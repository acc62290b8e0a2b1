#include "widgets/PlotPalette.h"
#include "widgets/QCustomPlotInclude.h"
#include <QApplication>
#include <QEvent>

namespace gtzan {
namespace widgets {

namespace plotpalette {

namespace {
// Restyles a plot when it is first shown or the palette changes (theme switched at run time).
class Follower : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        const QEvent::Type t = event->type();
        if (t == QEvent::Show || t == QEvent::PaletteChange || t == QEvent::ApplicationPaletteChange)
            if (auto *plot = qobject_cast<QCustomPlot *>(watched)) style(plot);
        return false;
    }
};

void styleAxis(QCPAxis *axis, const QPalette &p) {
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}
} // namespace

void style(QCustomPlot *plot) {
    const QPalette &p = plot->palette();
    plot->setBackground(p.brush(QPalette::Base));
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(p.brush(QPalette::Base));
        for (QCPAxis *axis : rect->axes()) styleAxis(axis, p);
    }
    if (plot->legend) {
        plot->legend->setBrush(p.brush(QPalette::Window));
        plot->legend->setTextColor(p.color(QPalette::WindowText));
        plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element)) title->setTextColor(p.color(QPalette::WindowText));
        if (auto *scale = qobject_cast<QCPColorScale *>(element)) styleAxis(scale->axis(), p);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void restyleAllPlots() {
    static Follower *follower = nullptr;
    if (!follower) {
        follower = new Follower(qApp);
        qApp->installEventFilter(follower);
    }
    for (QWidget *w : QApplication::allWidgets())
        if (auto *plot = qobject_cast<QCustomPlot *>(w)) style(plot);
}

} // namespace plotpalette

} // namespace widgets
} // namespace gtzan
