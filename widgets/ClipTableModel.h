#pragma once
#include "dataset/DatasetScan.h"
#include "dataset/DatasetSplit.h"
#include "faults/KnownFaults.h"
#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace gtzan {
namespace widgets {

// The clips of a scanned data set, one per row: name, genre, duration, sample rate, split side
// and problems, and GTZAN's faults: the known ones (the fault-filtered split leaves them out) and
// replicas found by fingerprint, each with its reason. Clips the scan left out (unreadable) are
// rows too, with an error badge, and a clip that fails later (e.g. when decoded) can be marked the
// same way. Faults are not problems: the clip plays; it should not be trusted for evaluation.
class ClipTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Genre, Duration, Rate, Split, Problems, Faults, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IdRole, GenreRole, ProblemRole, UnreadableRole, FaultRole };

    explicit ClipTableModel(QObject *parent = nullptr);
    void setScan(const gtzan::DatasetScan &scan);
    void setSplit(const gtzan::DatasetSplit &split); // fills the Split column
    void clearSplit();
    void setKnownFaults(const std::vector<gtzan::KnownFault> &faults); // by clip id
    void setReplicaNotes(const QHash<QString, QString> &noteByPath);   // "replica of ..." per path; replaces earlier notes
    int faultCount() const;                                            // rows with a known fault or a replica note
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
        bool unreadable = false; // the error badge (a warning badge for other problems)
        QString knownFault;      // why the fault-filtered split leaves it out
        QString replica;         // the replicas found of it
        QString faultText() const;
    };
    std::vector<Row> m_rows;
};

// Filters clips by genre (empty: all), by text in the name (case-insensitive) and by faults.
class ClipFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setGenre(const QString &genre);
    void setText(const QString &text);
    enum class FaultFilter { All, HideFaults, OnlyFaults };
    void setFaultFilter(FaultFilter filter);
    QString genre() const { return m_genre; }
    FaultFilter faultFilter() const { return m_faults; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_genre;
    QString m_text;
    FaultFilter m_faults = FaultFilter::All;
};

} // namespace widgets
} // namespace gtzan
