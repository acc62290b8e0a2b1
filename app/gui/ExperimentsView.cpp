#include "app/gui/ExperimentsView.h"
#include "app/gui/JobText.h"
#include "app/gui/TaskControls.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "studies/ExperimentFolder.h"
#include "studies/ExperimentReport.h"
#include "tasks/TaskRunner.h"
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kTask = QStringLiteral("experiment");
const char kSettingsGroup[] = "experiments";
enum Column { RunColumn, ModelColumn, ConditionColumn, SeedColumn, StateColumn, DetailColumn, ColumnCount };

QString stateText(PlannedRunState state) {
    switch (state) {
    case PlannedRunState::Waiting: return ExperimentsView::tr("waiting");
    case PlannedRunState::Running: return ExperimentsView::tr("running");
    case PlannedRunState::Done: return ExperimentsView::tr("done");
    case PlannedRunState::Failed: return ExperimentsView::tr("failed");
    }
    return {};
}

QColor stateColour(PlannedRunState state) {
    switch (state) {
    case PlannedRunState::Waiting: return QColor(140, 140, 140);
    case PlannedRunState::Running: return QColor(31, 119, 180);
    case PlannedRunState::Done: return QColor(44, 160, 44);
    case PlannedRunState::Failed: return QColor(214, 39, 40);
    }
    return {};
}

// What the task hands back: whether every run is done, and the report's path.
struct ExperimentEnd {
    ExperimentOutcome outcome;
    QString report;
    QStringList problems;
};
} // namespace

ExperimentsView::ExperimentsView(QWidget *parent)
    : QWidget(parent), m_protocol(new QComboBox), m_data(new QLineEdit), m_out(new QLineEdit), m_seeds(new QSpinBox), m_epochs(new QSpinBox),
      m_table(new QTableWidget(0, ColumnCount)), m_controls(new TaskControls(tr("&Start experiment"))),
      m_openReport(new QPushButton(tr("Open &report"))) {
    setObjectName(QStringLiteral("experimentsView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The reference report (KAIST GCT634 2020) reproduced: every run of its tables is trained into the output "
                                "folder, one after the other. A finished run is never trained again, so Start on the same folder resumes "
                                "after a cancel, a crash or a restart. Each run also lands in the History."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_protocol->setObjectName(QStringLiteral("experimentProtocol"));
    // Its long item texts would set the Train tab's width; the list still shows them whole.
    m_protocol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_protocol->setMinimumContentsLength(24);
    m_protocol->addItem(tr("quick: 8 cells on the 50-clip sample, about 10 minutes"), QStringLiteral("quick"));
    m_protocol->addItem(tr("gct634: the report's 29 cells x 3 seeds on the full GTZAN (hours to days on a CPU)"), QStringLiteral("gct634"));
    m_data->setObjectName(QStringLiteral("experimentData"));
    m_out->setObjectName(QStringLiteral("experimentOut"));
    m_seeds->setObjectName(QStringLiteral("experimentSeeds"));
    m_epochs->setObjectName(QStringLiteral("experimentEpochs"));
    m_seeds->setRange(0, 10);
    m_seeds->setSpecialValueText(tr("protocol's"));
    m_epochs->setRange(0, 1000);
    m_epochs->setSpecialValueText(tr("protocol's"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Protocol:"), m_protocol);
    const auto withBrowse = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse..."));
        row->addWidget(edit, 1);
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString dir = QFileDialog::getExistingDirectory(this, title, edit->text());
            if (dir.isEmpty()) return;
            if (edit == m_data) m_dataChosenHere = true;
            edit->setText(dir);
            replan();
        });
        return row;
    };
    // A row that is a layout gets no buddy from addRow(text, layout): the labels are made here.
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Data folder:"), m_data), withBrowse(m_data, tr("GTZAN folder")));
    form->addRow(label(tr("&Output folder:"), m_out), withBrowse(m_out, tr("The experiment's folder")));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_seeds);
    numbers->addWidget(new QLabel(tr("epochs:")));
    numbers->addWidget(m_epochs);
    numbers->addStretch(1);
    form->addRow(label(tr("S&eeds:"), m_seeds), numbers);
    layout->addLayout(form);

    m_table->setObjectName(QStringLiteral("experimentRuns"));
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Model"), tr("Condition"), tr("Seed"), tr("State"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_controls, 1);
    m_openReport->setObjectName(QStringLiteral("experimentOpenReport"));
    m_openReport->setToolTip(tr("Open report.html of the output folder in the browser"));
    bottom->addWidget(m_openReport);
    layout->addLayout(bottom);

    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    const int protocolIndex = m_protocol->findData(s.value(QStringLiteral("protocol"), QStringLiteral("quick")).toString());
    m_protocol->setCurrentIndex(std::max(0, protocolIndex));
    m_data->setText(s.value(QStringLiteral("data")).toString());
    m_dataChosenHere = !m_data->text().isEmpty();
    m_out->setText(s.value(QStringLiteral("out"),
                           QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("experiments/quick")))
                       .toString());
    m_seeds->setValue(s.value(QStringLiteral("seeds"), 0).toInt());
    m_epochs->setValue(s.value(QStringLiteral("epochs"), 0).toInt());
    s.endGroup();

    connect(m_protocol, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ExperimentsView::replan);
    connect(m_data, &QLineEdit::editingFinished, this, [this] {
        m_dataChosenHere = true;
        replan();
    });
    connect(m_out, &QLineEdit::editingFinished, this, &ExperimentsView::replan);
    connect(m_seeds, QOverload<int>::of(&QSpinBox::valueChanged), this, &ExperimentsView::replan);
    connect(m_epochs, QOverload<int>::of(&QSpinBox::valueChanged), this, &ExperimentsView::replan);
    connect(m_controls, &TaskControls::startRequested, this, &ExperimentsView::start);
    connect(m_controls, &TaskControls::cancelRequested, this, &ExperimentsView::cancel);
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        if (QFileInfo::exists(reportPath())) QDesktopServices::openUrl(QUrl::fromLocalFile(reportPath()));
    });
    replan();
}

ExperimentsView::~ExperimentsView() { TaskRunner::instance().cancelAll(this); }

QString ExperimentsView::reportPath() const { return ExperimentFolder(m_out->text()).reportPath(); }

bool ExperimentsView::isRunning() const { return TaskRunner::instance().isRunning(this, kTask); }

void ExperimentsView::setDataFolder(const QString &folder) {
    if (m_dataChosenHere || isRunning()) return;
    m_data->setText(folder);
    replan();
}

void ExperimentsView::setOutputFolder(const QString &folder) {
    m_out->setText(folder);
    replan();
}

void ExperimentsView::setProtocol(const QString &name) { m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(name))); }

void ExperimentsView::setSeedsAndEpochs(int seeds, int epochs) {
    m_seeds->setValue(seeds);
    m_epochs->setValue(epochs);
}

ExperimentRequest ExperimentsView::request() const {
    ExperimentRequest r;
    r.protocol = m_protocol->currentData().toString();
    r.dataFolder = m_data->text().trimmed();
    r.seeds = m_seeds->value();
    r.epochs = m_epochs->value();
    r.cacheDir = ExperimentFolder(m_out->text().trimmed()).cacheDir();
    return r;
}

void ExperimentsView::saveSettings() const {
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    s.setValue(QStringLiteral("protocol"), m_protocol->currentData().toString());
    if (m_dataChosenHere) s.setValue(QStringLiteral("data"), m_data->text());
    s.setValue(QStringLiteral("out"), m_out->text());
    s.setValue(QStringLiteral("seeds"), m_seeds->value());
    s.setValue(QStringLiteral("epochs"), m_epochs->value());
}

QString ExperimentsView::stateOf(const QString &runId) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, RunColumn)->text() == runId) return m_table->item(row, StateColumn)->data(Qt::UserRole).toString();
    return {};
}

// Lists the plan and what the output folder already holds; Start is possible only for a plan
// that the folder accepts.
void ExperimentsView::replan() {
    if (isRunning()) return;
    saveSettings();
    m_planValid = false;
    m_table->setRowCount(0);
    m_openReport->setEnabled(QFileInfo::exists(reportPath()));
    if (m_data->text().trimmed().isEmpty() || m_out->text().trimmed().isEmpty()) {
        m_controls->startButton()->setEnabled(false);
        m_controls->setStatus(tr("Choose the data folder and the output folder."));
        return;
    }
    try {
        m_plan = planExperiment(request());
        const ExperimentFolder folder(m_out->text().trimmed());
        const bool earlier = folder.matches(m_plan); // throws when the folder holds another experiment
        const std::map<QString, PlannedRunState> states = plannedRunStates(m_plan, folder);
        m_table->setRowCount(int(m_plan.runs.size()));
        int done = 0;
        for (int row = 0; row < int(m_plan.runs.size()); ++row) {
            const PlannedRun &r = m_plan.runs[size_t(row)];
            m_table->setItem(row, RunColumn, new QTableWidgetItem(r.id));
            m_table->setItem(row, ModelColumn, new QTableWidgetItem(r.row));
            m_table->setItem(row, ConditionColumn, new QTableWidgetItem(r.condition));
            m_table->setItem(row, SeedColumn, new QTableWidgetItem(QString::number(r.seed)));
            m_table->setItem(row, StateColumn, new QTableWidgetItem);
            m_table->setItem(row, DetailColumn, new QTableWidgetItem);
            const PlannedRunState state = states.at(r.id);
            setRowState(r.id, state, state == PlannedRunState::Failed ? folder.failureOf(r.id) : QString());
            done += state == PlannedRunState::Done;
        }
        m_table->resizeColumnsToContents();
        // Wide enough for every state a run goes through, not only the ones shown now.
        int stateWidth = m_table->columnWidth(StateColumn);
        for (PlannedRunState st : {PlannedRunState::Waiting, PlannedRunState::Running, PlannedRunState::Done, PlannedRunState::Failed})
            stateWidth = std::max(stateWidth, fontMetrics().horizontalAdvance(stateText(st)) + 24);
        m_table->setColumnWidth(StateColumn, stateWidth);
        m_planValid = true;
        m_controls->startButton()->setEnabled(done < int(m_plan.runs.size()));
        m_controls->startButton()->setText(done > 0 ? tr("Re&sume experiment") : tr("&Start experiment"));
        m_controls->setStatus(earlier
                                  ? tr("%1 of %2 runs are done in this folder; Resume trains the rest.").arg(done).arg(m_plan.runs.size())
                                  : tr("%1 runs planned (%2 seeds, %3 epochs each).").arg(m_plan.runs.size()).arg(m_plan.seeds).arg(m_plan.epochs));
    } catch (const Error &e) {
        m_controls->startButton()->setEnabled(false);
        m_controls->setStatus(e.message());
    }
}

void ExperimentsView::setRowState(const QString &runId, PlannedRunState state, const QString &detail) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, RunColumn)->text() != runId) continue;
        QTableWidgetItem *item = m_table->item(row, StateColumn);
        item->setText(stateText(state));
        item->setData(Qt::UserRole, plannedRunStateName(state));
        item->setForeground(stateColour(state));
        m_table->item(row, DetailColumn)->setText(detail);
        m_table->item(row, DetailColumn)->setToolTip(detail);
        if (state == PlannedRunState::Running) m_table->scrollToItem(item);
        return;
    }
}

void ExperimentsView::start() {
    if (isRunning()) return;
    replan();
    if (!m_planValid) return;
    m_controls->setRunning(true);
    m_openReport->setEnabled(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_protocol, m_data, m_out, m_seeds, m_epochs}) w->setEnabled(false);
    const ExperimentPlan plan = m_plan;
    const QString out = m_out->text().trimmed();
    // Many trainings in a row: queued behind another long job, never beside it.
    const TaskRunner::TaskId id = TaskRunner::instance().start<ExperimentEnd>(
        this, kTask, JobOptions::heavy(tr("Experiment: %1").arg(m_protocol->currentText())),
        [plan, out, self = this](TaskContext &task) {
            ExperimentFolder folder(out);
            folder.claim(plan);
            ExperimentCallbacks callbacks;
            callbacks.runState = [&task, self](const QString &id, PlannedRunState state, const QString &detail) {
                task.post([self, id, state, detail] { self->setRowState(id, state, detail); });
            };
            callbacks.runFinished = [&task, self](const QString &, const RunRecord &record) {
                task.post([self, record] { Q_EMIT self->runFinished(record); });
            };
            callbacks.progress = [&task](const ExperimentProgress &p) {
                QString text = tr("%1 of %2 runs done").arg(p.done).arg(p.total);
                if (p.failed) text += tr(", %1 failed").arg(p.failed);
                if (!p.runningId.isEmpty()) text += tr("; training %1").arg(p.runningId);
                text += tr("; %1 elapsed").arg(clockText(p.elapsedSeconds));
                if (p.etaSeconds >= 0) text += tr(", about %1 to go").arg(clockText(p.etaSeconds));
                task.progress(p.fraction, text);
            };
            ExperimentEnd end;
            end.outcome = runExperiment(plan, folder, callbacks, task.cancelFlag());
            writeExperimentReport(plan, folder, &end.problems); // also after a cancel: the tables so far
            end.report = folder.reportPath();
            return end;
        },
        [this](const ExperimentEnd &end) {
            m_controls->setRunning(false);
            for (QWidget *w : std::initializer_list<QWidget *>{m_protocol, m_data, m_out, m_seeds, m_epochs}) w->setEnabled(true);
            m_openReport->setEnabled(true);
            const ExperimentOutcome &o = end.outcome;
            QString text = o.cancelled ? tr("Cancelled: %1 runs trained now, %2 earlier; Resume trains the rest.").arg(o.trained).arg(o.skipped)
                                       : tr("Finished: %1 runs trained now, %2 earlier, %3 failed, in %4.")
                                             .arg(o.trained)
                                             .arg(o.skipped)
                                             .arg(o.failed)
                                             .arg(clockText(o.seconds));
            if (!end.problems.isEmpty()) text += QLatin1Char(' ') + end.problems.join(QLatin1Char(' '));
            m_controls->setStatus(text + QLatin1Char(' ') + tr("The report: %1").arg(QDir::toNativeSeparators(end.report)));
            m_controls->startButton()->setText(o.complete() ? tr("&Start experiment") : tr("Re&sume experiment"));
            m_controls->startButton()->setEnabled(!o.complete());
            Q_EMIT experimentEnded(o.complete(), text);
        },
        [this](const TaskError &e) {
            m_controls->setRunning(false);
            for (QWidget *w : std::initializer_list<QWidget *>{m_protocol, m_data, m_out, m_seeds, m_epochs}) w->setEnabled(true);
            // A cancelled task's result is dropped (TaskRunner): the folder says what was kept.
            replan();
            const QString text =
                e.cancelled ? tr("Cancelled: the finished runs are kept, and the report shows them; Resume trains the rest.") : e.message;
            m_controls->setStatus(text);
            Q_EMIT experimentEnded(false, text);
        },
        [this](double fraction, const QString &text) { m_controls->setProgress(fraction, text); });
    if (const QString waiting = JobText::waiting(id); !waiting.isEmpty()) m_controls->setStatus(waiting);
}

void ExperimentsView::cancel() {
    if (!isRunning()) return;
    TaskRunner::instance().cancel(this, kTask);
    m_controls->setStatus(tr("Cancelling: the running run stops within a batch; the finished ones are kept."));
}

} // namespace gui
} // namespace gtzan
