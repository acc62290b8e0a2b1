#pragma once
#include <QWidget>
#include <vector>

namespace gtzan {
namespace widgets {

// How much each of a model's segments mattered for its answer (the mean of a saliency map over
// the segment, 0..1): one block per segment along the clip, brighter where it mattered more.
// Hovering a block reads its time span and value.
class SaliencyStrip : public QWidget {
    Q_OBJECT
public:
    explicit SaliencyStrip(QWidget *parent = nullptr);
    // startSeconds[i] begins block i; a block ends where the next begins (the last at totalSeconds).
    void setSegments(const std::vector<double> &startSeconds, const std::vector<float> &values, double totalSeconds);
    void clear();
    int blockCount() const { return int(m_values.size()); }
    QString toolTipAt(const QPoint &pos) const;
    QSize sizeHint() const override { return {600, 22}; }
    QSize minimumSizeHint() const override { return {120, 18}; }

protected:
    void paintEvent(QPaintEvent *) override;
    bool event(QEvent *e) override;

private:
    QRectF blockRect(int i) const;
    std::vector<double> m_starts;
    std::vector<float> m_values;
    double m_total = 0;
};

} // namespace widgets
} // namespace gtzan
