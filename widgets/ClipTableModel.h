#pragma once
#include "dataset/DatasetScan.h"
#include "dataset/DatasetSplit.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

// The clips of a scanned data set, one per row: name, genre, duration, sample rate, split side
// and problems. Clips the scan left out (unreadable) are rows too, with an error badge, and a
// clip that fails later (e.g. when decoded) can be marked the same way.
class ClipTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Genre, Duration, Rate, Split, Problems, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IdRole, GenreRole, ProblemRole, UnreadableRole };

    explicit ClipTableModel(QObject *parent = nullptr);
    void setScan(const gtzan::DatasetScan &scan);
    void setSplit(const gtzan::DatasetSplit &split);   // fills the Split column
    void clearSplit();
    void markProblem(const QString &path, const QString &problem, bool unreadable = true);
    int rowOfPath(const QString &path) const;
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        gtzan::ScannedClip clip;
        QString split;
        QString problem;
        bool unreadable = false;   // the error badge (a warning badge for other problems)
    };
    std::vector<Row> m_rows;
};

// Filters clips by genre (empty: all) and by text in the name (case-insensitive).
class ClipFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setGenre(const QString &genre);
    void setText(const QString &text);
    QString genre() const { return m_genre; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_genre;
    QString m_text;
};
