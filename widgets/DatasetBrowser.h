#pragma once
#include "dataset/DatasetScan.h"
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace gtzan {
namespace widgets {

class ClipFilterModel;
class ClipTableModel;

// Browses a GTZAN folder: a genre tree with counts (selecting a genre filters), a text filter, a
// fault filter (all clips, without GTZAN's known faults and replicas, or only those), and the clip
// table (name, genre, duration, rate, split, problems, faults). The scan runs as a task; a
// newer folder supersedes a scan in flight.
// Moving the current row (arrow keys, clicks) selects a clip.
class DatasetBrowser : public QWidget {
    Q_OBJECT
public:
    explicit DatasetBrowser(QWidget *parent = nullptr);
    ~DatasetBrowser() override;

    void openFolder(const QString &root);
    void loadSplitFolder(const QString &folder); // train*/test*/valid*.txt as in ../shared/data/splits
    void markProblem(const QString &path, const QString &problem);
    void setReplicaNotes(const QHash<QString, QString> &noteByPath); // replica badges, from the Replicas view
    bool selectPath(const QString &path); // shows and selects that clip (clearing filters that hide it); false when not in the table
    QString statusText() const;           // the header above the genre tree
    bool isScanning() const;              // until the result is shown, not only until the worker ends
    const gtzan::DatasetScan &scan() const { return m_scan; }
    QString currentPath() const;
    QString currentId() const;

    QTreeWidget *genreTree() const { return m_genres; }
    QTableView *clipTable() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *faultFilter() const { return m_faultFilter; }
    ClipTableModel *clipModel() const { return m_model; }
    ClipFilterModel *filterModel() const { return m_proxy; }

Q_SIGNALS:
    void folderOpened(const QString &root, int clips, int problems);
    void folderFailed(const QString &root, const QString &message);
    void clipSelected(const QString &path, const QString &id, const QString &problem);

private:
    void showScan(const gtzan::DatasetScan &scan);
    void fillGenres();

    QTreeWidget *m_genres;
    QLineEdit *m_filter;
    QComboBox *m_faultFilter;
    QTableView *m_table;
    QLabel *m_status;
    ClipTableModel *m_model;
    ClipFilterModel *m_proxy;
    gtzan::DatasetScan m_scan;
};

} // namespace widgets
} // namespace gtzan
