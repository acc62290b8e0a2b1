#include "SpectrogramView.h"
#include <QVBoxLayout>
#include "ColorMaps.h"

SpectrogramView::SpectrogramView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    // Perceptually uniform by default, never jet.
    m_map->setGradient(colormaps::gradient(QStringLiteral("magma")));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Mel band"));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
}

void SpectrogramView::setMatrix(const gtzan::Matrix &m, double secondsPerFrame, const QString &valueLabel) {
    m_map->data()->setSize(m.cols, m.rows);
    m_map->data()->setRange(QCPRange(0, m.cols * secondsPerFrame), QCPRange(0, m.rows - 1));
    for (int r = 0; r < m.rows; ++r)
        for (int c = 0; c < m.cols; ++c) m_map->data()->setCell(c, r, m.at(r, c));
    m_map->rescaleDataRange(true);
    m_scale->axis()->setLabel(valueLabel);
    m_plot->rescaleAxes();
    m_plot->replot();
}

void SpectrogramView::clear() {
    m_map->data()->clear();
    m_plot->replot();
}
