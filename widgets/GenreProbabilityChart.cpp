#include "widgets/GenreProbabilityChart.h"
#include "widgets/GenreColors.h"
#include "widgets/QCustomPlotInclude.h"
#include <QFontMetrics>
#include <QVBoxLayout>
#include <algorithm>

namespace gtzan {
namespace widgets {

GenreProbabilityChart::GenreProbabilityChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setRange(0, 1.12); // room for the value labels
    m_plot->xAxis->setLabel(tr("probability"));
    // Three labels fit any width the chart gets (five ran into each other on a laptop's Predict tab).
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    ticks->addTick(0.0, QStringLiteral("0"));
    ticks->addTick(0.5, QStringLiteral("0.5"));
    ticks->addTick(1.0, QStringLiteral("1"));
    ticks->setSubTickCount(4);
    m_plot->xAxis->setTicker(ticks);
    m_plot->yAxis->setRangeReversed(true); // the first genre on top
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    setMinimumHeight(160);
    clear();
}

void GenreProbabilityChart::clear() {
    m_probabilities.clear();
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->yAxis->setTickLabels(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GenreProbabilityChart::setProbabilities(const QStringList &genres, const std::vector<float> &probabilities) {
    clear();
    m_probabilities = probabilities;
    const int n = std::min(int(genres.size()), int(probabilities.size()));
    if (n == 0) return;
    const int best = int(std::max_element(probabilities.begin(), probabilities.begin() + n) - probabilities.begin());
    // A line of text per genre (ten genres in 160 px printed their names onto each other), plus
    // the probability axis below.
    const QFontMetrics fm(m_plot->yAxis->tickLabelFont());
    setMinimumHeight(std::max(160, n * (fm.height() + 2) + 3 * fm.height() + 10));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int k = 0; k < n; ++k) {
        ticker->addTick(k, genres[k]);
        // One QCPBars per genre, so each has its own colour.
        auto *bar = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bar->setWidth(0.75);
        const QColor c = genrecolors::color(genres[k]);
        bar->setBrush(c);
        bar->setPen(k == best ? QPen(palette().color(QPalette::WindowText), 2) : QPen(c.darker(130)));
        bar->addData(k, double(probabilities[size_t(k)]));
        auto *label = new QCPItemText(m_plot);
        label->setClipToAxisRect(false);
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis);
        label->position->setCoords(double(probabilities[size_t(k)]) + 0.01, k);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setText(QString::number(double(probabilities[size_t(k)]) * 100.0, 'f', 1) + QLatin1Char('%'));
        label->setColor(palette().color(QPalette::WindowText));
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setTickLabels(true);
    m_plot->yAxis->setRange(-0.6, n - 0.4);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace widgets
} // namespace gtzan
