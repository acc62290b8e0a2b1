#pragma once
#include "common/Matrix.h"
#include <QStringList>
#include <QWidget>
#include <vector>

namespace gtzan {
namespace widgets {

// musicnn's tags over time: one row per tag (the file's top tags, strongest first), one column per
// 3 s patch along the file's time axis, darker where the tag is more probable. Hover a cell for
// the tag, the time and its probability. With no taggram it shows a quiet placeholder.
class TaggramView : public QWidget {
    Q_OBJECT
public:
    explicit TaggramView(QWidget *parent = nullptr);
    // taggram: patches x tagNames.size(); rows: the tag columns to show, in order (e.g. the top 10).
    void setTaggram(const gtzan::Matrix &taggram, const QStringList &tagNames, const std::vector<int> &rows, double patchSeconds);
    void clear(const QString &placeholder = QString());

    int rowCount() const { return int(m_rows.size()); }
    int patchCount() const { return m_taggram.rows; }
    QString toolTipAt(const QPoint &pos) const;
    QSize sizeHint() const override { return {600, 150}; }
    QSize minimumSizeHint() const override { return {160, 40}; }

protected:
    void paintEvent(QPaintEvent *) override;
    bool event(QEvent *e) override;

private:
    QRectF gridRect() const;
    bool cellAt(const QPoint &pos, int &row, int &patch) const;

    gtzan::Matrix m_taggram;
    QStringList m_tagNames;
    std::vector<int> m_rows;
    double m_patchSeconds = 0;
    QString m_placeholder;
};

} // namespace widgets
} // namespace gtzan
