#include "widgets/PlotPlaceholder.h"
#include "widgets/QCustomPlotInclude.h"

namespace gtzan {
namespace widgets {

void setPlotPlaceholder(QCustomPlot *plot, bool empty, const QString &text) {
    static const char *kName = "gtzanPlaceholder";
    QCPItemText *label = nullptr;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (plot->item(i)->objectName() == QLatin1String(kName)) label = qobject_cast<QCPItemText *>(plot->item(i));
    if (!label && empty) {
        label = new QCPItemText(plot);
        label->setObjectName(QLatin1String(kName));
        label->setClipToAxisRect(false);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.5, 0.5);
        label->setPositionAlignment(Qt::AlignCenter);
    }
    if (label) {
        label->setText(text);
        label->setColor(plot->palette().color(QPalette::Disabled, QPalette::WindowText));
        label->setVisible(empty);
    }
    for (QCPAxis *axis : plot->axisRect()->axes()) axis->setVisible(!empty);
    // The default axes are the visible ones; the top and right stay as the view set them up.
    if (!empty) {
        plot->xAxis2->setVisible(false);
        plot->yAxis2->setVisible(false);
    }
}

} // namespace widgets
} // namespace gtzan
