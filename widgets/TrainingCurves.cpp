#include "widgets/TrainingCurves.h"
#include "widgets/QCustomPlotInclude.h"
#include <QElapsedTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace gtzan {
namespace widgets {

using gtzan::BatchReport;
using gtzan::EpochReport;

namespace {
const QColor kTrain(31, 119, 180), kValidation(255, 127, 14), kBatch(170, 170, 170);
const QColor kCompare[] = {QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
                           QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(23, 190, 207)};
} // namespace

TrainingCurves::TrainingCurves(QWidget *parent) : QWidget(parent), m_loss(new QCustomPlot(this)), m_accuracy(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss, 1);
    layout->addWidget(m_accuracy, 1);
    for (QCustomPlot *p : {m_loss, m_accuracy}) {
        p->setMinimumHeight(140);
        p->legend->setVisible(true);
        p->legend->setFont(font());
        p->xAxis->setLabel(tr("epoch"));
        p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    }
    m_loss->yAxis->setLabel(tr("loss"));
    m_accuracy->yAxis->setLabel(tr("accuracy"));
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight); // accuracy rises to the top
    m_replot.setSingleShot(true);
    m_replot.setInterval(100);
    connect(&m_replot, &QTimer::timeout, this, &TrainingCurves::replotNow);
    resetPlots(true);
}

QCPGraph *TrainingCurves::addGraph(QCustomPlot *plot, const QString &name, const QColor &color, Qt::PenStyle style, bool markers) {
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(color, 1.6, style));
    if (markers) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    return g;
}

void TrainingCurves::resetPlots(bool live) {
    m_loss->clearGraphs();
    m_accuracy->clearGraphs();
    m_batchLoss = m_trainLoss = m_valLoss = m_trainAcc = m_valAcc = nullptr;
    m_plannedEpochs = 0;
    if (live) {
        m_batchLoss = addGraph(m_loss, tr("batch loss"), kBatch, Qt::SolidLine, false);
        m_trainLoss = addGraph(m_loss, tr("train loss"), kTrain, Qt::SolidLine, true);
        m_valLoss = addGraph(m_loss, tr("validation loss"), kValidation, Qt::SolidLine, true);
        m_trainAcc = addGraph(m_accuracy, tr("train accuracy"), kTrain, Qt::SolidLine, true);
        m_valAcc = addGraph(m_accuracy, tr("validation accuracy"), kValidation, Qt::SolidLine, true);
    }
    m_loss->legend->setVisible(true);
    m_accuracy->legend->setVisible(true);
    m_accuracy->yAxis->setRange(0, 1);
    m_loss->xAxis->setRange(0, 1);
    m_accuracy->xAxis->setRange(0, 1);
}

void TrainingCurves::clear() {
    resetPlots(true);
    replotNow();
}

void TrainingCurves::addBatch(const BatchReport &r) {
    if (!m_batchLoss) resetPlots(true);
    const double x = double(r.run - 1) * r.epochs + (r.epoch - 1) + double(r.batch) / std::max(1, r.batches);
    m_batchLoss->addData(x, r.loss);
    m_plannedEpochs = double(r.runs) * r.epochs;
    scheduleReplot();
}

void TrainingCurves::addEpoch(const EpochReport &r) {
    if (!m_trainLoss) resetPlots(true);
    const double x = xOf(r.run, r.epoch, r.epochs);
    m_trainLoss->addData(x, r.trainLoss);
    m_plannedEpochs = double(r.runs) * r.epochs;
    m_trainAcc->addData(x, r.trainAccuracy);
    if (r.validationAccuracy >= 0) {
        m_valLoss->addData(x, r.validationLoss);
        m_valAcc->addData(x, r.validationAccuracy);
    }
    scheduleReplot();
}

void TrainingCurves::showHistory(const std::vector<std::vector<EpochReport>> &runs) {
    resetPlots(true);
    for (const auto &run : runs)
        for (const EpochReport &e : run) addEpoch(e);
    replotNow();
}

void TrainingCurves::showComparison(const std::vector<Series> &series) {
    resetPlots(false);
    for (size_t i = 0; i < series.size(); ++i) {
        const QColor c = kCompare[i % (sizeof(kCompare) / sizeof(kCompare[0]))];
        QCPGraph *trainLoss = addGraph(m_loss, tr("%1 train").arg(series[i].label), c, Qt::DashLine, false);
        QCPGraph *valLoss = addGraph(m_loss, tr("%1 validation").arg(series[i].label), c, Qt::SolidLine, true);
        QCPGraph *trainAcc = addGraph(m_accuracy, tr("%1 train").arg(series[i].label), c, Qt::DashLine, false);
        QCPGraph *valAcc = addGraph(m_accuracy, tr("%1 validation").arg(series[i].label), c, Qt::SolidLine, true);
        for (const EpochReport &e : series[i].epochs) {
            trainLoss->addData(e.epoch, e.trainLoss);
            trainAcc->addData(e.epoch, e.trainAccuracy);
            if (e.validationAccuracy >= 0) {
                valLoss->addData(e.epoch, e.validationLoss);
                valAcc->addData(e.epoch, e.validationAccuracy);
            }
        }
    }
    replotNow();
}

void TrainingCurves::scheduleReplot() {
    if (!m_replot.isActive()) m_replot.start();
}

void TrainingCurves::showEvent(QShowEvent *e) {
    QWidget::showEvent(e);
    replotNow(); // data may have arrived while hidden
}

void TrainingCurves::replotNow() {
    m_replot.stop();
    if (!isVisible()) return; // showEvent draws it
    QElapsedTimer clock;
    clock.start();
    for (QCustomPlot *p : {m_loss, m_accuracy}) {
        bool any = false;
        for (int i = 0; i < p->graphCount(); ++i) any = any || !p->graph(i)->data()->isEmpty();
        if (any) {
            p->rescaleAxes();
            QCPRange x = p->xAxis->range();
            p->xAxis->setRange(std::min(0.0, x.lower), std::max({1.0, x.upper, m_plannedEpochs}));
        }
        if (p == m_accuracy) p->yAxis->setRange(0, 1.02);
        else if (any) p->yAxis->setRange(0, p->yAxis->range().upper * 1.05);
        p->replot(QCustomPlot::rpImmediateRefresh); // here, so the timing below is the whole redraw
    }
    m_maxReplotMs = std::max(m_maxReplotMs, clock.nsecsElapsed() / 1e6);
}

int TrainingCurves::batchPointCount() const { return m_batchLoss ? m_batchLoss->dataCount() : 0; }
int TrainingCurves::epochPointCount() const { return m_trainLoss ? m_trainLoss->dataCount() : 0; }
int TrainingCurves::validationPointCount() const { return m_valAcc ? m_valAcc->dataCount() : 0; }
int TrainingCurves::graphCount() const { return m_loss->graphCount() + m_accuracy->graphCount(); }

} // namespace widgets
} // namespace gtzan
