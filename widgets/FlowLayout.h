#pragma once
#include <QLayout>
#include <QList>

namespace gtzan {
namespace widgets {

// Lays its items out left to right and wraps onto a new row when the width runs out, so a row of
// controls (the spectrogram's settings) stays usable in a narrow window instead of forcing the
// whole window wider than a laptop screen. Items keep their size hints; rows are as tall as their
// tallest item. Its minimum width is its widest item's; its height follows the width
// (heightForWidth), which box layouts honour.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override; // all items on one row
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height the items need in rect's width
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace widgets
} // namespace gtzan
