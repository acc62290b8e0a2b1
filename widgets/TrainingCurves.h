#pragma once
#include "training/TrainingOptions.h"
#include <QColor>
#include <QTimer>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace gtzan {
namespace widgets {

// Live training curves: loss per batch and train / validation loss (top) and accuracy (bottom)
// per epoch. The x axis counts epochs over all seed runs (run 2 continues after run 1). Redraws
// are coalesced (at most ~10 per second), so a fast stream of batches costs the GUI thread little.
// Can also overlay several finished runs' epoch curves for comparison.
class TrainingCurves : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget *parent = nullptr);

    void clear();
    void addBatch(const gtzan::BatchReport &r);
    void addEpoch(const gtzan::EpochReport &r);
    // A finished run's epochs (per seed run); replaces what is shown.
    void showHistory(const std::vector<std::vector<gtzan::EpochReport>> &runs);
    // Several runs overlaid, one colour each (the kept seed run's epochs of each).
    struct Series {
        QString label;
        std::vector<gtzan::EpochReport> epochs;
    };
    void showComparison(const std::vector<Series> &series);

    int batchPointCount() const;
    int epochPointCount() const;      // train-loss points
    int validationPointCount() const; // validation-accuracy points
    int graphCount() const;           // over both plots
    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }
    void replotNow();
    double maxReplotMs() const { return m_maxReplotMs; } // longest redraw since resetReplotTiming()
    void resetReplotTiming() { m_maxReplotMs = 0; }

protected:
    void showEvent(QShowEvent *e) override;

private:
    void resetPlots(bool live);
    void scheduleReplot();
    QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &color, Qt::PenStyle style, bool markers);
    static double xOf(int run, int epoch, int epochs) { return double(run - 1) * epochs + epoch; }

    QCustomPlot *m_loss;
    QCustomPlot *m_accuracy;
    QCPGraph *m_batchLoss = nullptr, *m_trainLoss = nullptr, *m_valLoss = nullptr, *m_trainAcc = nullptr, *m_valAcc = nullptr;
    QTimer m_replot;
    double m_plannedEpochs = 0; // runs x epochs of the live run: the x axis spans it from the start
    double m_maxReplotMs = 0;
};

} // namespace widgets
} // namespace gtzan
