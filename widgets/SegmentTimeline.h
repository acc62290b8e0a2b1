#pragma once
#include "inference/FilePrediction.h"
#include <QStringList>
#include <QWidget>
#include <vector>

namespace gtzan {
namespace widgets {

// The per-segment predictions along a song: one block per segment, coloured by its predicted
// genre (named inside when it fits), under a time axis. Hovering a block shows its time span and
// all its genre probabilities.
class SegmentTimeline : public QWidget {
    Q_OBJECT
public:
    explicit SegmentTimeline(QWidget *parent = nullptr);
    void setSegments(const QStringList &genres, const std::vector<gtzan::SegmentPrediction> &segments, double totalSeconds);
    void clear();

    int segmentCount() const { return int(m_segments.size()); }
    int segmentAt(const QPoint &pos) const; // -1: none
    QString toolTipFor(int segment) const;
    QSize sizeHint() const override { return {600, 64}; }
    QSize minimumSizeHint() const override { return {120, 52}; }

protected:
    void paintEvent(QPaintEvent *) override;
    bool event(QEvent *e) override;

private:
    QRectF barRect() const;
    QRectF segmentRect(int i) const;

    QStringList m_genres;
    std::vector<gtzan::SegmentPrediction> m_segments;
    double m_totalSeconds = 0;
};

} // namespace widgets
} // namespace gtzan
