#pragma once
#include "dataset/DatasetScan.h"
#include <QFutureWatcher>
#include <QWidget>

class ClipFilterModel;
class ClipTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

// Browses a GTZAN folder: a genre tree with counts (selecting a genre filters), a text filter,
// and the clip table (name, genre, duration, rate, split, problems). The scan runs on a worker.
// Moving the current row (arrow keys, clicks) selects a clip.
class DatasetBrowser : public QWidget {
    Q_OBJECT
public:
    explicit DatasetBrowser(QWidget *parent = nullptr);
    ~DatasetBrowser() override;

    void openFolder(const QString &root);
    void loadSplitFolder(const QString &folder);   // train*/test*/valid*.txt as in ../shared/data/splits
    void markProblem(const QString &path, const QString &problem);
    bool isScanning() const { return m_scanning; }
    const gtzan::DatasetScan &scan() const { return m_scan; }
    QString currentPath() const;
    QString currentId() const;

    QTreeWidget *genreTree() const { return m_genres; }
    QTableView *clipTable() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ClipTableModel *clipModel() const { return m_model; }
    ClipFilterModel *filterModel() const { return m_proxy; }

Q_SIGNALS:
    void folderOpened(const QString &root, int clips, int problems);
    void folderFailed(const QString &root, const QString &message);
    void clipSelected(const QString &path, const QString &id, const QString &problem);

private:
    struct ScanResult {
        gtzan::DatasetScan scan;
        QString error;
        QString root;
    };
    void showScan();
    void fillGenres();

    QTreeWidget *m_genres;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_status;
    ClipTableModel *m_model;
    ClipFilterModel *m_proxy;
    QFutureWatcher<ScanResult> m_watcher;
    gtzan::DatasetScan m_scan;
    QString m_pendingRoot;
    bool m_scanning = false;   // until the result is shown, not only until the worker ends
};
