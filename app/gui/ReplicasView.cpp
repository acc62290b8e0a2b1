#include "app/gui/ReplicasView.h"
#include "app/gui/ClipPlayback.h"
#include "app/gui/TaskControls.h"
#include "dataset/FeatureCache.h"
#include "tasks/TaskRunner.h"
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kFindTask = QStringLiteral("replicas");
enum Column { A, B, Kind, Similarity, Offset, Columns };
} // namespace

ReplicasView::ReplicasView(QWidget *parent)
    : QWidget(parent), m_controls(new TaskControls(tr("&Find replicas"))), m_run(this, m_controls, kFindTask), m_threshold(new QDoubleSpinBox),
      m_table(new QTableWidget(0, Columns)), m_playback(new ClipPlayback(this)) {
    setObjectName(QStringLiteral("replicasView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The same audio twice: exact copies and near ones (trimmed, at another gain, lossy-coded, filed under another "
                                "genre), from Chromaprint fingerprints compared over time offsets. GTZAN has about 50 exact replicas; a "
                                "replica on both sides of a split is a test clip the model has already heard."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *options = new QHBoxLayout;
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(gtzan::ReplicaSearchOptions().threshold);
    m_threshold->setToolTip(tr("Share of agreeing fingerprint bits from which two clips are replicas (distinct songs of the sample: at most 0.62)"));
    options->addWidget(new QLabel(tr("Similarity threshold:")));
    options->addWidget(m_threshold);
    options->addStretch(1);
    layout->addLayout(options);
    layout->addWidget(m_controls);
    setUpStudyTable(m_table, QStringLiteral("replicaTable"), {tr("A"), tr("B"), tr("Kind"), tr("Similarity"), tr("Offset (s)")});
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *playA = new QPushButton(tr("Play A"));
    auto *playB = new QPushButton(tr("Play B"));
    auto *stop = new QPushButton(tr("Stop"));
    auto *show = new QPushButton(tr("Show A in browser"));
    playA->setObjectName(QStringLiteral("playA"));
    playB->setObjectName(QStringLiteral("playB"));
    playA->setToolTip(tr("Plays clip A; if B plays, from the same moment of the music (key A)"));
    playB->setToolTip(tr("Plays clip B; if A plays, from the same moment of the music (key B)"));
    for (QPushButton *b : {playA, playB, stop, show}) buttons->addWidget(b);
    buttons->addStretch(1);
    // The pair buttons act on the selected pair: none selected (an empty table too), none enabled.
    const auto enablePairButtons = [this, playA, playB, show] {
        const int row = m_table->currentRow();
        const bool pair = row >= 0 && row < int(m_result.pairs.size()) && !m_table->selectedItems().isEmpty();
        for (QPushButton *b : {playA, playB, show}) b->setEnabled(pair);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this, enablePairButtons);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, enablePairButtons);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, enablePairButtons);
    enablePairButtons();
    layout->addLayout(buttons);
    auto *keyA = new QShortcut(QKeySequence(Qt::Key_A), m_table);
    auto *keyB = new QShortcut(QKeySequence(Qt::Key_B), m_table);
    connect(keyA, &QShortcut::activated, this, [this] { playSide(false); });
    connect(keyB, &QShortcut::activated, this, [this] { playSide(true); });
    connect(playA, &QPushButton::clicked, this, [this] { playSide(false); });
    connect(playB, &QPushButton::clicked, this, [this] { playSide(true); });
    connect(stop, &QPushButton::clicked, m_playback, &ClipPlayback::stop);
    connect(show, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < int(m_result.pairs.size())) Q_EMIT showInBrowserRequested(m_result.files[m_result.pairs[size_t(row)].a]);
    });
    connect(m_playback, &ClipPlayback::message, this, &ReplicasView::message);
    connect(m_controls, &TaskControls::startRequested, this, &ReplicasView::find);
    m_controls->setStatus(tr("Open a data set folder first."));
}

ReplicasView::~ReplicasView() { gtzan::TaskRunner::instance().cancelAll(this); }

void ReplicasView::setFolder(const QString &folder) {
    m_folder = folder;
    m_controls->setStatus(tr("Folder: %1").arg(folder));
}

void ReplicasView::find() {
    if (m_folder.isEmpty()) {
        m_controls->setStatus(tr("Open a data set folder first."));
        return;
    }
    const QString folder = m_folder;
    const double threshold = m_threshold->value();
    m_run.start<gtzan::FolderReplicas>(
        tr("Finding replicas"),
        [folder, threshold](gtzan::TaskContext &task) {
            gtzan::FingerprintOptions prints;
            prints.cacheDir = gtzan::FeatureCache::defaultDir();
            prints.cancel = task.cancelFlag();
            prints.progress = [&task](int done, int total) {
                task.progress(total ? double(done) / total : 0, QObject::tr("Fingerprinting %1 of %2 files...").arg(done).arg(total));
            };
            gtzan::ReplicaSearchOptions search;
            search.threshold = threshold;
            return gtzan::findFolderReplicas(folder, prints, search);
        },
        [this](const gtzan::FolderReplicas &result) { showResult(result); });
}

void ReplicasView::showResult(const gtzan::FolderReplicas &result) {
    m_result = result;
    const QDir root(m_folder);
    m_table->setRowCount(int(result.pairs.size()));
    QHash<QString, QString> notes;
    for (size_t i = 0; i < result.pairs.size(); ++i) {
        const gtzan::ReplicaPair &p = result.pairs[i];
        const QString a = result.files[p.a], b = result.files[p.b];
        const QString kind = p.exact ? tr("exact") : tr("near");
        const QStringList cells{root.relativeFilePath(a), root.relativeFilePath(b), kind, QString::number(p.similarity, 'f', 3),
                                QString::number(p.offsetSeconds, 'f', 2)};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= Similarity) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(int(i), c, item);
        }
        auto note = [&](const QString &self, const QString &other) {
            const QString line = tr("%1 replica of %2 (%3)").arg(kind, QFileInfo(other).fileName(), QString::number(p.similarity, 'f', 2));
            notes[self] = notes.value(self).isEmpty() ? line : notes[self] + QStringLiteral(", ") + line;
        };
        note(a, b);
        note(b, a);
    }
    m_table->resizeColumnsToContents();
    if (!result.pairs.empty()) m_table->selectRow(0);
    m_controls->setStatus(tr("%1 files, %2 replica pairs (fingerprints: %3 from the cache, %4 computed; comparison %5 s)%6")
                              .arg(result.files.size())
                              .arg(result.pairs.size())
                              .arg(result.fromCache)
                              .arg(result.computed)
                              .arg(result.compareMs / 1000.0, 0, 'f', 2)
                              .arg(result.problems.isEmpty() ? QString() : tr("; %1 files could not be read").arg(result.problems.size())));
    Q_EMIT replicaNotesChanged(notes);
}

void ReplicasView::playSide(bool b) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_result.pairs.size())) return;
    const gtzan::ReplicaPair &p = m_result.pairs[size_t(row)];
    const QString a = m_result.files[p.a], bPath = m_result.files[p.b];
    // b(t) plays what a(t + offset) plays: keep the music's moment when switching sides.
    double from = b ? std::max(0.0, -p.offsetSeconds) : std::max(0.0, p.offsetSeconds);
    if (m_playback->isPlaying() && m_playback->currentPath() == (b ? a : bPath))
        from = b ? m_playback->position() - p.offsetSeconds : m_playback->position() + p.offsetSeconds;
    else if (m_playback->isPlaying() && m_playback->currentPath() == (b ? bPath : a)) from = m_playback->position();
    m_playback->play(b ? bPath : a, std::max(0.0, from));
}

} // namespace gui
} // namespace gtzan
