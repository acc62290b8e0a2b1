#include "app/gui/SuspectsView.h"
#include "app/gui/ClipPlayback.h"
#include "app/gui/TaskControls.h"
#include "tasks/TaskRunner.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kRankTask = QStringLiteral("suspects");
enum Column { Rank, Clip, Filed, FiledProbability, Likeliest, LikeliestProbability, Columns };
constexpr int kPathRole = Qt::UserRole + 1;

// A table item that sorts by a number, not by its text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(double value, const QString &text) : QTableWidgetItem(text) {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override { return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble(); }
};
} // namespace

SuspectsView::SuspectsView(QWidget *parent)
    : QWidget(parent), m_controls(new TaskControls(tr("&Rank suspect labels"))), m_run(this, m_controls, kRankTask), m_folds(new QSpinBox),
      m_table(new QTableWidget(0, Columns)), m_playback(new ClipPlayback(this)) {
    setObjectName(QStringLiteral("suspectsView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which clips do the models find least likely to be the genre they are filed under? Each clip is judged by "
                                "a model that never saw it (k-fold cross-validation of a small network on pretrained musicnn embeddings). "
                                "The top of the list is where to listen for mislabelings: GTZAN has dozens (Sturm 2013). A suspect is not "
                                "proof; listen, and decide."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *options = new QHBoxLayout;
    m_folds->setRange(2, 20);
    m_folds->setValue(gtzan::SuspectOptions().folds);
    options->addWidget(new QLabel(tr("Folds:")));
    options->addWidget(m_folds);
    options->addStretch(1);
    layout->addLayout(options);
    layout->addWidget(m_controls);
    setUpStudyTable(m_table, QStringLiteral("suspectTable"),
                    {tr("Rank"), tr("Clip"), tr("Filed as"), tr("p(filed)"), tr("Likeliest"), tr("p(likeliest)")});
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *play = new QPushButton(tr("Play"));
    auto *stop = new QPushButton(tr("Stop"));
    auto *show = new QPushButton(tr("Show in browser"));
    play->setObjectName(QStringLiteral("playSuspect"));
    show->setObjectName(QStringLiteral("showSuspect"));
    play->setToolTip(tr("Plays the selected clip (Space)"));
    for (QPushButton *b : {play, stop, show}) buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_table);
    const auto toggle = [this] {
        if (m_playback->isPlaying() && m_playback->currentPath() == currentPath()) m_playback->stop();
        else if (!currentPath().isEmpty()) m_playback->play(currentPath(), 0);
    };
    connect(space, &QShortcut::activated, this, toggle);
    connect(play, &QPushButton::clicked, this, toggle);
    connect(stop, &QPushButton::clicked, m_playback, &ClipPlayback::stop);
    connect(show, &QPushButton::clicked, this, [this] {
        if (!currentPath().isEmpty()) Q_EMIT showInBrowserRequested(currentPath());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!currentPath().isEmpty()) Q_EMIT showInBrowserRequested(currentPath());
    });
    connect(m_playback, &ClipPlayback::message, this, &SuspectsView::message);
    connect(m_controls, &TaskControls::startRequested, this, &SuspectsView::rank);
    m_controls->setStatus(tr("Open a data set folder first."));
}

SuspectsView::~SuspectsView() { gtzan::TaskRunner::instance().cancelAll(this); }

void SuspectsView::setFolder(const QString &folder) {
    m_folder = folder;
    m_controls->setStatus(tr("Folder: %1").arg(folder));
}

QString SuspectsView::currentPath() const {
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), Clip);
    return item ? item->data(kPathRole).toString() : QString();
}

void SuspectsView::rank() {
    if (m_folder.isEmpty()) {
        m_controls->setStatus(tr("Open a data set folder first."));
        return;
    }
    const QString folder = m_folder;
    gtzan::SuspectOptions options;
    options.folds = m_folds->value();
    m_run.start<gtzan::SuspectReport>(
        tr("Ranking suspect labels"),
        [folder, options](gtzan::TaskContext &task) {
            gtzan::SuspectCallbacks callbacks;
            callbacks.say = [&task](const QString &line) { task.progress(-1, line); };
            callbacks.progress = [&task](const QString &side, int done, int total) {
                task.progress(total ? double(done) / total : 0, QObject::tr("Loading %1: %2 of %3 clips...").arg(side).arg(done).arg(total));
            };
            return gtzan::findSuspectLabels(folder, options, callbacks, task.cancelFlag());
        },
        [this](const gtzan::SuspectReport &r) { showResult(r); });
}

void SuspectsView::showResult(const gtzan::SuspectReport &r) {
    m_result = r;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(r.clips.size()));
    for (size_t i = 0; i < r.clips.size(); ++i) {
        const gtzan::SuspectClip &c = r.clips[i];
        const int row = int(i);
        m_table->setItem(row, Rank, new NumberItem(double(i + 1), QString::number(i + 1)));
        auto *clip = new QTableWidgetItem(c.id);
        clip->setData(kPathRole, c.path);
        clip->setToolTip(c.path);
        m_table->setItem(row, Clip, clip);
        m_table->setItem(row, Filed, new QTableWidgetItem(c.genre));
        m_table->setItem(row, FiledProbability, new NumberItem(c.givenProbability, QString::number(c.givenProbability, 'f', 3)));
        m_table->setItem(row, Likeliest, new QTableWidgetItem(c.likeliest));
        m_table->setItem(row, LikeliestProbability, new NumberItem(c.likeliestProbability, QString::number(c.likeliestProbability, 'f', 3)));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Rank, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    if (!r.clips.empty()) m_table->selectRow(0);
    m_controls->setStatus(tr("%1 clips ranked; %2-fold out-of-fold accuracy %3 (%4).")
                              .arg(r.clips.size())
                              .arg(r.folds)
                              .arg(r.outOfFoldAccuracy, 0, 'f', 3)
                              .arg(r.embedding));
}

} // namespace gui
} // namespace gtzan
