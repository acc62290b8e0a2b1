#include "widgets/DatasetBrowser.h"
#include "common/Error.h"
#include "dataset/DatasetSplit.h"
#include "faults/KnownFaults.h"
#include "tasks/TaskRunner.h"
#include "widgets/ClipTableModel.h"
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace widgets {

namespace {
const QString kScanTask = QStringLiteral("scan");
}

DatasetBrowser::DatasetBrowser(QWidget *parent)
    : QWidget(parent), m_genres(new QTreeWidget), m_filter(new QLineEdit), m_faultFilter(new QComboBox), m_table(new QTableView),
      m_status(new QLabel), m_model(new ClipTableModel(this)), m_proxy(new ClipFilterModel(this)) {
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
    m_faultFilter->setObjectName(QStringLiteral("faultFilter"));
    m_faultFilter->addItem(tr("All clips"), int(ClipFilterModel::FaultFilter::All));
    m_faultFilter->addItem(tr("Without faults and replicas"), int(ClipFilterModel::FaultFilter::HideFaults));
    m_faultFilter->addItem(tr("Only faults and replicas"), int(ClipFilterModel::FaultFilter::OnlyFaults));
    m_faultFilter->setToolTip(tr("GTZAN's known faults (the clips the fault-filtered split leaves out) and the replicas found by fingerprint"));
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_faultFilter);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ClipFilterModel::setText);
    connect(m_faultFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { m_proxy->setFaultFilter(ClipFilterModel::FaultFilter(m_faultFilter->currentData().toInt())); });
    connect(m_genres, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_proxy->setGenre(item ? item->data(0, Qt::UserRole).toString() : QString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid()) return;
        Q_EMIT clipSelected(current.data(ClipTableModel::PathRole).toString(), current.data(ClipTableModel::IdRole).toString(),
                            current.data(ClipTableModel::UnreadableRole).toBool() ? current.data(ClipTableModel::ProblemRole).toString() : QString());
    });
}

DatasetBrowser::~DatasetBrowser() { gtzan::TaskRunner::instance().cancelAll(this); }

bool DatasetBrowser::isScanning() const { return gtzan::TaskRunner::instance().isRunning(this, kScanTask); }

void DatasetBrowser::openFolder(const QString &root) {
    m_status->setText(tr("Scanning %1...").arg(root));
    // The latest folder wins: a scan in flight is cancelled and never shown.
    gtzan::TaskRunner::instance().start<gtzan::DatasetScan>(
        this, kScanTask,
        [root](gtzan::TaskContext &task) {
            gtzan::ScanOptions options;
            options.cancel = task.cancelFlag();
            return gtzan::scanGtzan(root, options);
        },
        [this](const gtzan::DatasetScan &scan) { showScan(scan); },
        [this, root](const gtzan::TaskError &e) {
            if (e.cancelled) return;
            // The clips listed are still the previous folder's: the header says so, rather than
            // put the new folder's error above clips that are not in it.
            m_status->setText(m_scan.root.isEmpty() ? e.message : tr("%1\nStill showing %2.").arg(e.message, m_scan.root));
            Q_EMIT folderFailed(root, e.message);
        });
}

void DatasetBrowser::showScan(const gtzan::DatasetScan &scan) {
    m_scan = scan;
    m_model->setScan(m_scan);
    m_model->setKnownFaults(gtzan::faultsOf(m_scan));
    fillGenres();
    m_table->resizeColumnsToContents();
    const int problems = m_model->problemCount();
    const int faults = m_model->faultCount();
    m_status->setText(tr("%1: %2 clips, %3 h %4 min (%5 layout)%6%7")
                          .arg(m_scan.genreRoot)
                          .arg(m_scan.clips.size())
                          .arg(int(m_scan.totalSeconds() / 3600))
                          .arg(int(m_scan.totalSeconds() / 60) % 60)
                          .arg(m_scan.layout)
                          .arg(problems ? tr("; %1 with problems (badged)").arg(problems) : QString())
                          .arg(faults ? tr("; %1 known GTZAN faults (flagged)").arg(faults) : QString()));
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
        m_status->setText(m_status->text().section(QStringLiteral(" | "), 0, 0) + tr(" | split %1: %2 train / %3 validation / %4 test here")
                                                                                      .arg(QFileInfo(folder).fileName())
                                                                                      .arg(split.train.size())
                                                                                      .arg(split.validation.size())
                                                                                      .arg(split.test.size()));
    } catch (const gtzan::Error &e) {
        m_status->setText(e.message());
    }
}

void DatasetBrowser::markProblem(const QString &path, const QString &problem) { m_model->markProblem(path, problem); }

void DatasetBrowser::setReplicaNotes(const QHash<QString, QString> &noteByPath) { m_model->setReplicaNotes(noteByPath); }

bool DatasetBrowser::selectPath(const QString &path) {
    const int row = m_model->rowOfPath(path);
    if (row < 0) return false;
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid()) { // a filter hides it: show everything
        m_filter->clear();
        m_faultFilter->setCurrentIndex(0);
        if (QTreeWidgetItem *all = m_genres->topLevelItem(0)) m_genres->setCurrentItem(all);
        at = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!at.isValid()) return false;
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    return true;
}

QString DatasetBrowser::statusText() const { return m_status->text(); }

QString DatasetBrowser::currentPath() const { return m_table->currentIndex().data(ClipTableModel::PathRole).toString(); }
QString DatasetBrowser::currentId() const { return m_table->currentIndex().data(ClipTableModel::IdRole).toString(); }

} // namespace widgets
} // namespace gtzan
