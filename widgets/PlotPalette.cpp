#include "widgets/PlotPalette.h"
#include "widgets/QCustomPlotInclude.h"
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QVariant>
#include <algorithm>

namespace gtzan {
namespace widgets {

namespace plotpalette {

namespace {
double g_scale = 1.0;

// The size something had before any scaling, kept on the object the first time it is seen.
template <typename T> T original(QObject *owner, const char *name, const T &current) {
    const QVariant v = owner->property(name);
    if (v.isValid()) return v.value<T>();
    owner->setProperty(name, QVariant::fromValue(current));
    return current;
}

QFont scaled(QObject *owner, const char *name, const QFont &current) {
    QFont f = original<QFont>(owner, name, current);
    if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * g_scale);
    else if (f.pixelSize() > 0) f.setPixelSize(int(f.pixelSize() * g_scale + 0.5));
    return f;
}

QPen scaledPen(QObject *owner, const char *name, const QPen &current) {
    QPen p = current;
    p.setWidthF(std::max(1.0, original<double>(owner, name, current.widthF())) * g_scale);
    return p;
}

// Restyles a plot when it is first shown or the palette changes (theme switched at run time).
class Follower : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        const QEvent::Type t = event->type();
        if (t == QEvent::Show || t == QEvent::PaletteChange || t == QEvent::ApplicationPaletteChange || t == QEvent::FontChange)
            if (auto *plot = qobject_cast<QCustomPlot *>(watched)) style(plot);
        return false;
    }
};

void styleAxis(QCPAxis *axis, const QPalette &p) {
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    axis->setBasePen(QPen(text, g_scale));
    axis->setTickPen(QPen(text, g_scale));
    axis->setSubTickPen(QPen(text, g_scale));
    axis->setTickLabelFont(scaled(axis, "gtzanTickFont", axis->tickLabelFont()));
    axis->setLabelFont(scaled(axis, "gtzanLabelFont", axis->labelFont()));
    axis->setTickLengthIn(int(original<int>(axis, "gtzanTickIn", axis->tickLengthIn()) * g_scale + 0.5));
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
        if (auto *title = qobject_cast<QCPTextElement *>(element)) {
            title->setTextColor(p.color(QPalette::WindowText));
            title->setFont(scaled(title, "gtzanFont", title->font()));
        }
        if (auto *scale = qobject_cast<QCPColorScale *>(element)) styleAxis(scale->axis(), p);
    }
    for (int i = 0; i < plot->graphCount(); ++i) plot->graph(i)->setPen(scaledPen(plot->graph(i), "gtzanPenWidth", plot->graph(i)->pen()));
    if (plot->legend) plot->legend->setFont(scaled(plot->legend, "gtzanFont", plot->legend->font()));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void setScale(double s) { g_scale = s > 0 ? s : 1.0; }
double scale() { return g_scale; }

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
