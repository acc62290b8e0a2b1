#include "widgets/ReliabilityDiagram.h"
#include "widgets/PlotPalette.h"
#include "widgets/QCustomPlotInclude.h"
#include <QVBoxLayout>

namespace gtzan {
namespace widgets {

ReliabilityDiagram::ReliabilityDiagram(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(220);
    m_plot->xAxis->setLabel(tr("confidence (top probability)"));
    m_plot->yAxis->setLabel(tr("accuracy"));
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1.08);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(0.2);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(ticker);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plotpalette::style(m_plot);
}

void ReliabilityDiagram::setFigures(const gtzan::CalibrationFigures &before, const gtzan::CalibrationFigures &after) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    auto *diagonal = m_plot->addGraph();
    diagonal->setName(tr("calibrated"));
    diagonal->setData(QVector<double>{0, 1}, QVector<double>{0, 1});
    diagonal->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    const auto addBars = [&](const gtzan::CalibrationFigures &f, const QString &name, const QColor &colour, double offset) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(name);
        bars->setPen(QPen(colour.darker(130)));
        bars->setBrush(colour);
        QVector<double> x, y;
        double width = 0.1;
        for (const gtzan::ReliabilityBin &b : f.bins) {
            width = b.upper - b.lower;
            if (b.clips == 0) continue;
            x << (b.lower + b.upper) / 2 + offset * width;
            y << b.accuracy;
            auto *count = new QCPItemText(m_plot);
            count->position->setCoords((b.lower + b.upper) / 2 + offset * width, b.accuracy);
            count->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            count->setText(QString::number(b.clips));
            count->setColor(palette().color(QPalette::WindowText));
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.8);
            count->setFont(small);
        }
        bars->setWidth(width * 0.42);
        bars->setData(x, y);
    };
    addBars(before, tr("before (ECE %1)").arg(before.ece, 0, 'f', 2), QColor(200, 120, 60, 170), -0.22);
    addBars(after, tr("after (ECE %1)").arg(after.ece, 0, 'f', 2), QColor(60, 120, 200, 200), 0.22);
    m_plot->replot();
}

} // namespace widgets
} // namespace gtzan
