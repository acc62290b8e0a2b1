#include "DatasetBrowser.h"
#include "ClipTableModel.h"
#include "common/Error.h"
#include "dataset/DatasetSplit.h"
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

DatasetBrowser::DatasetBrowser(QWidget *parent)
    : QWidget(parent), m_genres(new QTreeWidget), m_filter(new QLineEdit), m_table(new QTableView), m_status(new QLabel),
      m_model(new ClipTableModel(this)), m_proxy(new ClipFilterModel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Open a GTZAN folder (File > Open folder, or drop it on the window)."));
    m_genres->setObjectName(QStringLiteral("genreTree"));
    m_genres->setHeaderLabels({tr("Genre"), tr("Clips")});
    m_genres->setRootIsDecorated(false);
    m_genres->setMaximumHeight(250);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter clips by name..."));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("clipTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_status);
    layout->addWidget(m_genres);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClipFilterModel::setText);
    connect(m_genres, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_proxy->setGenre(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid()) return;
        Q_EMIT clipSelected(current.data(ClipTableModel::PathRole).toString(), current.data(ClipTableModel::IdRole).toString(),
                            current.data(ClipTableModel::UnreadableRole).toBool() ? current.data(ClipTableModel::ProblemRole).toString()
                                                                                   : QString());
    });
    connect(&m_watcher, &QFutureWatcher<ScanResult>::finished, this, &DatasetBrowser::showScan);
}

DatasetBrowser::~DatasetBrowser() { m_watcher.waitForFinished(); }

void DatasetBrowser::openFolder(const QString &root) {
    m_status->setText(tr("Scanning %1...").arg(root));
    if (m_scanning) {
        m_pendingRoot = root;   // scanned when the one in flight ends
        return;
    }
    m_scanning = true;
    m_watcher.setFuture(QtConcurrent::run([root] {
        ScanResult r;
        r.root = root;
        try {
            r.scan = gtzan::scanGtzan(root);
        } catch (const gtzan::Error &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void DatasetBrowser::showScan() {
    const ScanResult r = m_watcher.result();
    m_scanning = false;
    if (!m_pendingRoot.isEmpty()) {
        const QString next = m_pendingRoot;
        m_pendingRoot.clear();
        openFolder(next);
        return;
    }
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
        Q_EMIT folderFailed(r.root, r.error);
        return;
    }
    m_scan = r.scan;
    m_model->setScan(m_scan);
    fillGenres();
    m_table->resizeColumnsToContents();
    const int problems = m_model->problemCount();
    m_status->setText(tr("%1: %2 clips, %3 h %4 min (%5 layout)%6")
                          .arg(m_scan.genreRoot)
                          .arg(m_scan.clips.size())
                          .arg(int(m_scan.totalSeconds() / 3600))
                          .arg(int(m_scan.totalSeconds() / 60) % 60)
                          .arg(m_scan.layout)
                          .arg(problems ? tr("; %1 with problems (badged)").arg(problems) : QString()));
    m_status->setToolTip(m_scan.problems.join(QLatin1Char('\n')));
    Q_EMIT folderOpened(m_scan.root, int(m_scan.clips.size()), problems);
}

void DatasetBrowser::fillGenres() {
    m_genres->clear();
    const QMap<QString, int> counts = m_scan.countsByGenre();
    auto *all = new QTreeWidgetItem(m_genres, {tr("All genres"), QString::number(m_scan.clips.size())});
    all->setData(0, Qt::UserRole, QString());
    for (const QString &g : m_scan.genres) {
        auto *item = new QTreeWidgetItem(m_genres, {g, QString::number(counts.value(g))});
        item->setData(0, Qt::UserRole, g);
    }
    m_genres->resizeColumnToContents(0);
    m_genres->setCurrentItem(all);
}

void DatasetBrowser::loadSplitFolder(const QString &folder) {
    try {
        const gtzan::DatasetSplit split = gtzan::splitFromFolder(m_scan, folder);
        m_model->setSplit(split);
        m_status->setText(m_status->text().section(QStringLiteral(" | "), 0, 0) +
                          tr(" | split %1: %2 train / %3 validation / %4 test here")
                              .arg(QFileInfo(folder).fileName())
                              .arg(split.train.size())
                              .arg(split.validation.size())
                              .arg(split.test.size()));
    } catch (const gtzan::Error &e) {
        m_status->setText(e.message());
    }
}

void DatasetBrowser::markProblem(const QString &path, const QString &problem) { m_model->markProblem(path, problem); }

QString DatasetBrowser::currentPath() const { return m_table->currentIndex().data(ClipTableModel::PathRole).toString(); }
QString DatasetBrowser::currentId() const { return m_table->currentIndex().data(ClipTableModel::IdRole).toString(); }
