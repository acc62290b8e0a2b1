#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

class QCustomPlot;

namespace gtzan {
namespace widgets {

// A horizontal bar per genre: the probability the model gives it (0..1), the genre's colour,
// the value printed at the bar's end; the predicted genre is outlined. Empty until set.
class GenreProbabilityChart : public QWidget {
    Q_OBJECT
public:
    explicit GenreProbabilityChart(QWidget *parent = nullptr);
    void setProbabilities(const QStringList &genres, const std::vector<float> &probabilities);
    void clear();

    QCustomPlot *plot() const { return m_plot; }
    const std::vector<float> &probabilities() const { return m_probabilities; }

private:
    QCustomPlot *m_plot;
    std::vector<float> m_probabilities;
};

} // namespace widgets
} // namespace gtzan
