#include "app/gui/RunHistoryPanel.h"
#include "app/gui/FolderEvaluationDialog.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "widgets/FlowLayout.h"
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

using gtzan::RunRecord;
using gtzan::SeedSpread;

namespace {

enum Column { Finished, Model, Features, Segmentation, Augmentation, Split, Train, Validation, Test, Time, Columns };

// Sorts by a number (Qt::UserRole + 1) when it has one, else by text.
class SortItem : public QTableWidgetItem {
public:
    SortItem(const QString &text, const QVariant &key) : QTableWidgetItem(text) {
        setData(Qt::UserRole + 1, key);
        setFlags(flags() & ~Qt::ItemIsEditable);
    }
    bool operator<(const QTableWidgetItem &other) const override {
        const QVariant a = data(Qt::UserRole + 1), b = other.data(Qt::UserRole + 1);
        if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) return a.toDouble() < b.toDouble();
        return text() < other.text();
    }
};

QString spread(const SeedSpread &s, int runs) {
    if (s.mean < 0) return QStringLiteral("-");
    return runs > 1 ? QStringLiteral("%1 ± %2").arg(100 * s.mean, 0, 'f', 1).arg(100 * s.sd, 0, 'f', 1)
                    : QStringLiteral("%1").arg(100 * s.mean, 0, 'f', 1);
}

QString splitLabel(const gtzan::TrainingRecipe &r) {
    using K = gtzan::TrainingRecipe::SplitKind;
    switch (r.splitKind) {
    case K::LastPerGenre: return QCoreApplication::translate("gtzan::gui::RunHistoryPanel", "last %1 / genre").arg(r.testPerGenre);
    case K::Fraction: return QCoreApplication::translate("gtzan::gui::RunHistoryPanel", "stratified %1").arg(r.testFraction);
    case K::Files: return QFileInfo(r.testSplitFile).fileName();
    case K::Folder: return QFileInfo(r.splitFolder).fileName();
    }
    return {};
}

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget *parent)
    : QWidget(parent), m_history(QString()), m_table(new QTableWidget), m_reopen(new QPushButton(tr("&Reopen"))),
      m_compare(new QPushButton(tr("Co&mpare"))), m_delete(new QPushButton(tr("&Delete"))), m_undo(new QPushButton(tr("&Undo delete"))),
      m_export(new QPushButton(tr("E&xport CSV..."))), m_usePredict(new QPushButton(tr("Use &in Predict"))),
      m_evaluate(new QPushButton(tr("Evaluate on fo&lder..."))) {
    m_evaluate->setObjectName(QStringLiteral("historyEvaluateOnFolder"));
    m_evaluate->setToolTip(tr("Evaluate the selected run's model on the clips of a folder (as gtzan-cli eval does)"));
    m_usePredict->setObjectName(QStringLiteral("historyUseInPredict"));
    m_usePredict->setToolTip(tr("Predict with the selected run's model in the Predict tab"));
    m_table->setObjectName(QStringLiteral("runHistory"));
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels({tr("Finished"), tr("Model"), tr("Features"), tr("Segmentation"), tr("Augmentation"), tr("Split"),
                                        tr("Train acc %"), tr("Val acc %"), tr("Test acc %"), tr("Time")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_reopen->setToolTip(tr("Show the selected run's curves and confusion matrix"));
    m_compare->setToolTip(tr("Overlay the epoch curves of the selected runs"));
    // A row that wraps: seven buttons on one line made the Train tab wider than a laptop allows.
    auto *buttons = new widgets::FlowLayout;
    for (QPushButton *b : {m_reopen, m_compare, m_usePredict, m_evaluate, m_delete, m_undo, m_export}) buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunHistoryPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { Q_EMIT reopenRequested(m_table->item(row, Finished)->data(Qt::UserRole).toString()); });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty()) Q_EMIT reopenRequested(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(selectedIds()); });
    connect(m_usePredict, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        const gtzan::RunRecord *r = ids.isEmpty() ? nullptr : m_history.find(ids.first());
        if (r && !r->modelPath.isEmpty()) Q_EMIT useInPredictRequested(r->modelPath);
    });
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        const gtzan::RunRecord *r = ids.isEmpty() ? nullptr : m_history.find(ids.first());
        if (!r || r->modelPath.isEmpty()) return;
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Evaluate on the clips of"), r->recipe.dataFolder);
        if (!folder.isEmpty()) evaluateOnFolder(r->modelPath, folder);
    });
    connect(m_delete, &QPushButton::clicked, this, &RunHistoryPanel::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &RunHistoryPanel::undoDelete);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export run history"), QStringLiteral("runs.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        QString error;
        Q_EMIT message(exportCsv(path, &error) ? tr("Saved %1").arg(path) : error);
    });
    updateButtons();
}

void RunHistoryPanel::load(const QString &path) {
    m_history = gtzan::RunHistory(path);
    m_loadError.clear();
    m_unreadable = false;
    try {
        // A damaged file is moved aside (never overwritten) and a new history begins; the
        // returned message says where the old file went.
        m_loadError = m_history.loadOrSetAside();
    } catch (const gtzan::Error &e) {
        m_loadError = e.message();
        m_unreadable = true;
    }
    if (!m_loadError.isEmpty()) Q_EMIT message(m_loadError);
    refresh();
}

void RunHistoryPanel::save() {
    if (m_unreadable) {
        // Never overwrite a history we could not read: the person may want to repair it.
        Q_EMIT message(tr("The run history was not saved because its file could not be read: %1").arg(m_loadError));
        return;
    }
    try {
        const QString notice = m_history.save(); // merged with what other windows saved
        if (!notice.isEmpty()) Q_EMIT message(notice);
    } catch (const gtzan::Error &e) {
        Q_EMIT message(e.message());
    }
}

void RunHistoryPanel::addRun(const RunRecord &record) {
    m_history.add(record);
    save();
    refresh();
    selectIds({record.id});
}

void RunHistoryPanel::refresh() {
    const QStringList selected = selectedIds();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const RunRecord &r : m_history.records()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const int runs = int(r.history.size());
        auto *finished = new SortItem(r.finished.toString(QStringLiteral("yyyy-MM-dd hh:mm")), r.id);
        finished->setData(Qt::UserRole, r.id);
        finished->setToolTip(r.modelPath);
        m_table->setItem(row, Finished, finished);
        m_table->setItem(row, Model, new SortItem(r.recipe.modelLabel(), {}));
        m_table->setItem(row, Features, new SortItem(r.recipe.featurePreset, {}));
        m_table->setItem(
            row, Segmentation,
            new SortItem(r.recipe.segmentSeconds > 0 ? tr("%1 s").arg(r.recipe.segmentSeconds) : tr("whole clip"), r.recipe.segmentSeconds));
        m_table->setItem(row, Augmentation, new SortItem(r.recipe.augmentationLabel(), {}));
        m_table->setItem(row, Split, new SortItem(splitLabel(r.recipe), {}));
        m_table->setItem(row, Train, new SortItem(spread(r.train, runs), r.train.mean));
        m_table->setItem(row, Validation, new SortItem(spread(r.validation, runs), r.validation.mean));
        m_table->setItem(row, Test, new SortItem(spread(r.test, runs), r.test.mean));
        m_table->setItem(row, Time, new SortItem(gtzan::clockText(r.seconds), r.seconds));
        for (int c = Train; c <= Time; ++c) m_table->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->setSortingEnabled(true);
    selectIds(selected);
    updateButtons();
}

QStringList RunHistoryPanel::selectedIds() const {
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows(Finished)) ids << i.data(Qt::UserRole).toString();
    return ids;
}

void RunHistoryPanel::selectIds(const QStringList &ids) {
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (ids.contains(m_table->item(row, Finished)->data(Qt::UserRole).toString()))
            m_table->selectionModel()->select(m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void RunHistoryPanel::deleteSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) return;
    m_deleted.clear();
    for (const QString &id : ids) {
        const int i = m_history.indexOf(id);
        if (i < 0) continue;
        m_deleted.emplace_back(size_t(i), m_history.records()[size_t(i)]);
        m_history.remove(id);
    }
    save();
    refresh();
    Q_EMIT message(tr("Deleted %n run(s) from the history (Undo brings them back; the model files stay).", nullptr, int(m_deleted.size())));
}

void RunHistoryPanel::undoDelete() {
    // Back in reverse order, so the original positions hold.
    for (auto it = m_deleted.rbegin(); it != m_deleted.rend(); ++it) m_history.insert(it->first, it->second);
    QStringList ids;
    for (const auto &d : m_deleted) ids << d.second.id;
    m_deleted.clear();
    save();
    refresh();
    selectIds(ids);
}

void RunHistoryPanel::updateButtons() {
    const int n = int(selectedIds().size());
    m_reopen->setEnabled(n >= 1);
    m_compare->setEnabled(n >= 2);
    m_delete->setEnabled(n >= 1);
    m_undo->setEnabled(!m_deleted.empty());
    m_export->setEnabled(m_table->rowCount() > 0);
    const QStringList ids = selectedIds();
    const gtzan::RunRecord *r = ids.size() == 1 ? m_history.find(ids.first()) : nullptr;
    m_usePredict->setEnabled(r && !r->modelPath.isEmpty() && QFileInfo::exists(r->modelPath));
    m_evaluate->setEnabled(m_usePredict->isEnabled());
}

FolderEvaluationDialog *RunHistoryPanel::evaluateOnFolder(const QString &modelPath, const QString &folder) {
    auto *dialog = new FolderEvaluationDialog(modelPath, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString RunHistoryPanel::toCsv() const {
    QStringList header;
    for (int c = 0; c < Columns; ++c) header << csvField(m_table->horizontalHeaderItem(c)->text());
    header << QStringLiteral("model file");
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList fields;
        for (int c = 0; c < Columns; ++c) fields << csvField(m_table->item(row, c)->text());
        fields << csvField(m_table->item(row, Finished)->toolTip());
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

bool RunHistoryPanel::exportCsv(const QString &path, QString *error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toCsv().toUtf8()) < 0 || !gtzan::commitExport(f)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace gui
} // namespace gtzan
