#pragma once
#include "app/gui/PredictionQueueModel.h"
#include <QWidget>

class QLabel;

namespace gtzan {
namespace widgets {
class GenreProbabilityChart;
class SegmentTimeline;
class TaggramView;
} // namespace widgets
namespace gui {

using widgets::GenreProbabilityChart;
using widgets::SegmentTimeline;
using widgets::TaggramView;

// The Predict tab's selected file in detail: the verdict in a line (why it is unsure, a style
// outside the genres, the timings), every genre's probability, the genre of each segment along the
// file, and musicnn's tags and taggram. A partial answer of a long file says where it comes from.
class PredictionDetails : public QWidget {
    Q_OBJECT
public:
    explicit PredictionDetails(QWidget *parent = nullptr);
    // The model's genres and whether its confidences are calibrated, for the verdict and the charts.
    void setModel(const gtzan::ModelSummary &summary) { m_summary = summary; }
    void showRow(const PredictionQueueModel::Row &row);
    void clear(const QString &title); // no file: only a line
    QString text() const;

    GenreProbabilityChart *chart() const { return m_chart; }
    SegmentTimeline *timeline() const { return m_timeline; }
    TaggramView *taggram() const { return m_taggram; }
    QLabel *tagsLabel() const { return m_tagsLabel; }

private:
    gtzan::ModelSummary m_summary;
    QLabel *m_title;
    GenreProbabilityChart *m_chart;
    SegmentTimeline *m_timeline;
    QLabel *m_tagsLabel;
    TaggramView *m_taggram;
};

} // namespace gui
} // namespace gtzan
