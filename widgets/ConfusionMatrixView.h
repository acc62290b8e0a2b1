#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

namespace gtzan {
namespace widgets {

// A confusion matrix as a heat map (rows = true genre, columns = predicted), with the genre names
// on both axes. Cells show counts or row-normalised percentages (setShowPercent); the colour is
// always the row share, so rows of different size compare. Hovering a cell says what it holds;
// clicking one emits cellClicked(true, predicted). Plain data in: no engine types needed.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setMatrix(const QStringList &genres, const std::vector<std::vector<int>> &confusion);
    void clear();
    void setShowPercent(bool percent);
    bool showPercent() const { return m_percent; }
    const QStringList &genres() const { return m_genres; }
    const std::vector<std::vector<int>> &matrix() const { return m_confusion; }

    QRect cellRect(int trueLabel, int predicted) const; // in widget coordinates; empty when out of range
    bool cellAt(const QPoint &pos, int &trueLabel, int &predicted) const;
    QString cellText(int trueLabel, int predicted) const; // what the cell shows
    QString toolTipFor(int trueLabel, int predicted) const;
    void setSelectedCell(int trueLabel, int predicted); // outlined; -1: none

    // Exports (throw nothing; return false and set `error` on failure).
    bool savePng(const QString &path, QString *error = nullptr);
    QString toCsv() const; // header row of predicted genres, one row per true genre, counts
    bool saveCsv(const QString &path, QString *error = nullptr) const;

    QSize sizeHint() const override { return {560, 480}; }
    QSize minimumSizeHint() const override { return {260, 220}; }

Q_SIGNALS:
    void cellClicked(int trueLabel, int predicted);

protected:
    void paintEvent(QPaintEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    bool event(QEvent *e) override;

private:
    struct Geometry {
        QRect grid;      // the cells
        double cell = 0; // side of a cell
        int labelWidth = 0, headerHeight = 0;
    };
    Geometry geometry() const;
    int rowTotal(int row) const;

    QStringList m_genres;
    std::vector<std::vector<int>> m_confusion;
    bool m_percent = false;
    int m_selectedRow = -1, m_selectedColumn = -1;
};

} // namespace widgets
} // namespace gtzan
