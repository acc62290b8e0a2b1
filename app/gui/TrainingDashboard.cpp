#include "app/gui/TrainingDashboard.h"
#include "app/gui/AppSettings.h"
#include "app/gui/ConfusionInspector.h"
#include "app/gui/ExperimentsView.h"
#include "app/gui/JobText.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/RunHistoryPanel.h"
#include "app/gui/TrainingSetupPanel.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "tasks/TaskRunner.h"
#include "training/RecipeRun.h"
#include "widgets/FlowLayout.h"
#include "widgets/ScrollPage.h"
#include "widgets/TrainingCurves.h"
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtDebug>

namespace gtzan {
namespace gui {

using gtzan::BatchReport;
using gtzan::EpochReport;
using gtzan::RunRecord;

namespace {
constexpr int kStallProbeMs = 10;
const QString kTrainingTask = QStringLiteral("training"); // the one task kind of this tab

// The GUI thread's own work per report (versus time the OS gave to other threads).
struct HandlerTimer {
    explicit HandlerTimer(double &max) : m_max(max) { m_clock.start(); }
    ~HandlerTimer() { m_max = std::max(m_max, m_clock.nsecsElapsed() / 1e6); }
    double &m_max;
    QElapsedTimer m_clock;
};
} // namespace

TrainingDashboard::TrainingDashboard(QWidget *parent)
    : QWidget(parent), m_setup(new TrainingSetupPanel), m_start(new QPushButton(tr("&Start training"))),
      m_cancel(new QPushButton(tr("Cancel (Esc)"))), m_progress(new QProgressBar), m_status(new QLabel), m_views(new QTabWidget),
      m_curves(new TrainingCurves), m_confusion(new ConfusionInspector), m_history(new RunHistoryPanel), m_experiments(new ExperimentsView),
      m_modelsDir(gtzan::trainedModelsDir()) {
    m_usePredict = new QPushButton(tr("Use &in Predict"));
    m_usePredict->setObjectName(QStringLiteral("trainUseInPredict"));
    m_usePredict->setToolTip(tr("Predict with the model of the run that just finished, in the Predict tab"));
    m_usePredict->setEnabled(false);
    m_start->setObjectName(QStringLiteral("trainStart"));
    m_cancel->setObjectName(QStringLiteral("trainCancel"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start a run with these settings (Ctrl+Return)"));
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &TrainingDashboard::cancel, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(esc);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setFormat(QStringLiteral("%p%"));

    // One tab per view, the set-up first; the run controls span the bottom. (Side by side, the
    // set-up panel would widen the whole window's minimum beyond the other tabs'.)
    // Each page scrolls on its own when a laptop's height is short for it (a stack asks for the
    // room of its largest page: the Confusion page's matrix and clip would scroll the curves too).
    m_setup->setMaximumWidth(640); // a form, not a banner
    m_views->addTab(widgets::scrollPageFor(m_setup), tr("&Set-up"));
    m_views->addTab(widgets::scrollPageFor(m_curves), tr("&Curves"));
    m_views->addTab(widgets::scrollPageFor(m_confusion), tr("C&onfusion"));
    m_views->addTab(widgets::scrollPageFor(m_history), tr("&History"));
    m_views->addTab(widgets::scrollPageFor(m_experiments), tr("E&xperiments"));
    // The buttons wrap when the window is narrow (German labels made one row wider than a 1280 px
    // screen); the progress bar has the row below to itself.
    auto *controls = new widgets::FlowLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    controls->addWidget(m_usePredict);
    auto *leakage = new QPushButton(tr("&Leakage experiment"));
    leakage->setObjectName(QStringLiteral("trainLeakage"));
    leakage->setToolTip(tr("Train one model three ways (segments split at random, clips split at random, the fault-filtered split) "
                           "and compare their test accuracies: what GTZAN's leakage adds (Faults tab)"));
    controls->addWidget(leakage);
    // Start, Cancel and the progress stay in sight below the pages.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_views, 1);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_start, &QPushButton::clicked, this, &TrainingDashboard::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingDashboard::cancel);
    connect(m_usePredict, &QPushButton::clicked, this, [this] {
        if (!m_lastModelPath.isEmpty()) Q_EMIT useInPredictRequested(m_lastModelPath);
    });
    connect(leakage, &QPushButton::clicked, this, &TrainingDashboard::leakageExperimentRequested);
    connect(m_history, &RunHistoryPanel::useInPredictRequested, this, &TrainingDashboard::useInPredictRequested);
    connect(m_history, &RunHistoryPanel::reopenRequested, this, &TrainingDashboard::reopenRun);
    connect(m_history, &RunHistoryPanel::compareRequested, this, &TrainingDashboard::compareRuns);
    connect(m_history, &RunHistoryPanel::message, this, &TrainingDashboard::setStatus);
    connect(m_confusion, &ConfusionInspector::message, this, &TrainingDashboard::message);
    // An experiment's runs are runs like any other: the history lists them and can reopen them.
    connect(m_experiments, &ExperimentsView::runFinished, m_history, &RunHistoryPanel::addRun);
    connect(m_experiments, &ExperimentsView::message, this, &TrainingDashboard::message);

    // The stall probe: how late does the GUI thread serve a 10 ms timer during a run?
    m_stallProbe.setInterval(kStallProbeMs);
    m_stallProbe.setTimerType(Qt::PreciseTimer);
    connect(&m_stallProbe, &QTimer::timeout, this, [this] {
        const double late = m_stallClock.nsecsElapsed() / 1e6 - kStallProbeMs;
        m_maxStallMs = std::max(m_maxStallMs, late);
        m_stallClock.restart();
    });

    m_setup->loadSettings();
    setState(State::Idle);
    setStatus(tr("Set up a run and press Start. Runs land in the history; models are saved under %1.").arg(QDir::toNativeSeparators(m_modelsDir)));
}

// The run stops within a batch on its own; nothing of it reaches this object any more.
TrainingDashboard::~TrainingDashboard() { gtzan::TaskRunner::instance().cancelAll(this); }

// A view's tab page is the scroll area around it.
void TrainingDashboard::showView(QWidget *view) {
    for (int i = 0; i < m_views->count(); ++i)
        if (m_views->widget(i)->isAncestorOf(view)) m_views->setCurrentIndex(i);
}

QWidget *TrainingDashboard::currentView() const {
    for (QWidget *v : std::initializer_list<QWidget *>{m_setup, m_curves, m_confusion, m_history, m_experiments})
        if (m_views->currentWidget() && m_views->currentWidget()->isAncestorOf(v)) return v;
    return nullptr;
}

void TrainingDashboard::setBrowserFolder(const QString &folder, bool fullGtzan) {
    m_setup->followBrowserFolder(folder, fullGtzan);
    m_experiments->setDataFolder(folder);
}

void TrainingDashboard::loadHistory(const QString &path) { m_history->load(path); }

QString TrainingDashboard::statusText() const { return m_status->text(); }

void TrainingDashboard::setStatus(const QString &text) {
    m_status->setText(text);
    Q_EMIT message(text);
}

void TrainingDashboard::setState(State s) {
    m_state = s;
    m_start->setEnabled(s == State::Idle);
    m_cancel->setEnabled(s == State::Preparing || s == State::Training);
    m_setup->setEnabled(s == State::Idle);
    Q_EMIT stateChanged(s);
}

void TrainingDashboard::start() {
    if (m_state != State::Idle) return;
    gtzan::TrainingRecipe recipe = m_setup->recipe();
    try {
        recipe.validate();
    } catch (const gtzan::Error &e) {
        setStatus(tr("Cannot start: %1").arg(e.message()));
        return;
    }
    m_setup->saveSettings();
    // The run's record names the thread count in effect: Preferences set it for the whole window
    // (AppSettings::applyComputeThreads), whatever count a recipe file carried.
    recipe.threads = AppSettings::effectiveComputeThreads();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    const QString modelPath = QDir(m_modelsDir).filePath(QStringLiteral("%1-%2.gtzm").arg(stamp, recipe.model.name));

    m_curves->clear();
    showView(m_curves);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_lastEpochText.clear();
    m_maxStallMs = 0;
    m_maxHandlerMs = 0;
    m_curves->resetReplotTiming();
    m_runClock.start();
    m_stallClock.start();
    m_stallProbe.start();

    // The work gets the recipe and the path by value; `this` is only carried into the posted
    // reports, which the runner runs on this thread while this dashboard exists.
    // A training takes the machine for minutes: a second one waits for the first rather than halve its pace.
    const gtzan::TaskRunner::TaskId id = gtzan::TaskRunner::instance().start<gtzan::RecipeRun>(
        this, kTrainingTask, gtzan::JobOptions::heavy(tr("Training %1").arg(recipe.model.name)),
        [this, recipe, modelPath](gtzan::TaskContext &task) {
            gtzan::RecipeCallbacks cb;
            cb.say = [&task](const QString &line) { task.post([line] { qInfo().noquote() << "training:" << line; }); };
            cb.preparing = [this, &task](const QString &side, int done, int total) {
                task.post([this, side, done, total] { onPreparing(side, done, total); });
            };
            cb.trainingStarted = [this, &task](int train, int validation, int test) {
                task.post([this, train, validation, test] { onTrainingStarted(train, validation, test); });
            };
            cb.onBatch = [this, &task](const BatchReport &r) {
                // The job list's line; the dashboard draws the posted reports itself.
                const double done = (((r.run - 1) * r.epochs + r.epoch - 1) * double(r.batches) + r.batch) / (double(r.runs) * r.epochs * r.batches);
                task.progress(done, tr("run %1 of %2, epoch %3 of %4").arg(r.run).arg(r.runs).arg(r.epoch).arg(r.epochs));
                task.post([this, r] { onBatch(r); });
            };
            cb.onEpoch = [this, &task](const EpochReport &e) { task.post([this, e] { onEpoch(e); }); };
            cb.stage = [this, &task](const QString &stage, int done, int total) {
                task.post([this, stage, done, total] { onStage(stage, done, total); });
            };
            gtzan::RecipeOutput output;
            output.modelPath = modelPath;
            output.musicnnFallbackModel = PredictionPanel::kStarterModel; // carries MSD musicnn when no .h5 is installed
            return gtzan::runRecipe(recipe, output, cb, task.cancelFlag());
        },
        [this](gtzan::RecipeRun run) { onFinished(run.record, run.cancelled, calibrationText(run)); },
        [this](const gtzan::TaskError &e) {
            if (e.cancelled) onFinished(RunRecord{}, true, {});
            else onFailed(e.message);
        });
    setState(State::Preparing);
    const QString waiting = JobText::waiting(id);
    setStatus(waiting.isEmpty() ? tr("Loading features of %1 ...").arg(QDir::toNativeSeparators(recipe.dataFolder)) : waiting);
}

void TrainingDashboard::cancel() {
    // Esc on the Experiments page stops the experiment (its own Cancel button does the same).
    if (currentView() == m_experiments && m_experiments->isRunning()) {
        m_experiments->cancel();
        return;
    }
    if (m_state != State::Preparing && m_state != State::Training) return;
    gtzan::TaskRunner::instance().cancel(this, kTrainingTask); // cancelled reaches onFinished once the work has stopped
    setState(State::Cancelling);
    setStatus(tr("Cancelling (the run stops within a batch)..."));
}

void TrainingDashboard::onPreparing(const QString &side, int done, int total) {
    if (m_state != State::Preparing) return;
    const HandlerTimer timing(m_maxHandlerMs);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    const QString sideName = side == QLatin1String("train") ? tr("training") : side == QLatin1String("validation") ? tr("validation") : tr("test");
    m_status->setText(tr("Loading features: %1 clips %2 / %3").arg(sideName).arg(done).arg(total));
}

void TrainingDashboard::onTrainingStarted(int trainClips, int validationClips, int testClips) {
    if (m_state == State::Preparing) setState(State::Training);
    m_trainClock.start();
    setStatus(tr("Training on %1 clips (%2 validation, %3 test)...").arg(trainClips).arg(validationClips).arg(testClips));
}

void TrainingDashboard::onBatch(const BatchReport &r) {
    if (m_state != State::Training) return;
    const HandlerTimer timing(m_maxHandlerMs);
    m_curves->addBatch(r);
    const qint64 total = qint64(r.runs) * r.epochs * r.batches;
    const qint64 done = (qint64(r.run - 1) * r.epochs + (r.epoch - 1)) * r.batches + r.batch;
    if (m_progress->maximum() != 1000) m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000 * done / std::max<qint64>(1, total)));
    const double elapsed = m_trainClock.elapsed() / 1000.0;
    const double eta = done > 0 ? elapsed * double(total - done) / double(done) : 0;
    m_status->setText(tr("Run %1/%2, epoch %3/%4, batch %5/%6 · %7 samples/s · %8 elapsed, ETA %9")
                          .arg(r.run)
                          .arg(r.runs)
                          .arg(r.epoch)
                          .arg(r.epochs)
                          .arg(r.batch)
                          .arg(r.batches)
                          .arg(r.samplesPerSecond, 0, 'f', 0)
                          .arg(gtzan::clockText(elapsed), gtzan::clockText(eta)) +
                      (m_lastEpochText.isEmpty() ? QString() : QLatin1Char('\n') + m_lastEpochText));
}

void TrainingDashboard::onEpoch(const EpochReport &e) {
    if (m_state != State::Training) return;
    const HandlerTimer timing(m_maxHandlerMs);
    m_curves->addEpoch(e);
    m_lastEpochText = tr("Last epoch: train loss %1, accuracy %2%").arg(e.trainLoss, 0, 'f', 3).arg(100 * e.trainAccuracy, 0, 'f', 1);
    if (e.validationAccuracy >= 0) m_lastEpochText += tr("; validation accuracy %1%").arg(100 * e.validationAccuracy, 0, 'f', 1);
}

void TrainingDashboard::endRun() {
    m_stallProbe.stop();
    m_maxHandlerMs = std::max(m_maxHandlerMs, m_curves->maxReplotMs());
    qInfo().noquote() << QStringLiteral("training dashboard: max GUI-thread stall during the run %1 ms (10 ms probe); "
                                        "longest GUI-thread handler (report or redraw) %2 ms")
                             .arg(m_maxStallMs, 0, 'f', 1)
                             .arg(m_maxHandlerMs, 0, 'f', 1);
    m_progress->setRange(0, 1000);
    setState(State::Idle);
}

QString TrainingDashboard::calibrationText(const gtzan::RecipeRun &run) {
    const gtzan::CalibrationRecord &c = run.calibration;
    if (!c.calibrated()) return tr("Not calibrated: give validation clips or cross-validation folds to fit it on.");
    QString text = (c.fittedOn == QLatin1String("validation") ? tr("Calibrated on %1 validation clips").arg(c.clips)
                                                              : tr("Calibrated on %1 out-of-fold clips").arg(c.clips)) +
                   tr(" (expected calibration error %1 before, %2 after).").arg(c.before.ece, 0, 'f', 2).arg(c.after.ece, 0, 'f', 2);
    if (run.testCalibration)
        text += QLatin1Char(' ') + tr("On the test clips: expected calibration error %1.").arg(run.testCalibration->ece, 0, 'f', 2);
    return text;
}

void TrainingDashboard::onStage(const QString &stage, int done, int total) {
    if (stage == QLatin1String("cross-validation")) {
        setStatus(tr("Cross-validating to calibrate: fold %1 of %2 ...").arg(done + 1).arg(total));
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    } else if (stage == QLatin1String("reference")) {
        setStatus(tr("Learning what the training music sounds like (musicnn): %1 of %2 clips ...").arg(done).arg(total));
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    }
}

void TrainingDashboard::onFinished(const RunRecord &record, bool cancelled, const QString &calibration) {
    endRun();
    m_curves->replotNow();
    const double seconds = m_runClock.elapsed() / 1000.0;
    if (cancelled) {
        m_progress->setValue(0);
        const QString text = tr("Cancelled after %1; the run is not kept in the history.").arg(gtzan::clockText(seconds));
        setStatus(text);
        Q_EMIT runFinished(true, text);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_history->addRun(record);
    if (!record.modelPath.isEmpty()) {
        m_lastModelPath = record.modelPath;
        m_usePredict->setEnabled(true);
        Q_EMIT modelSaved(record.modelPath);
    }
    QString text = tr("Finished in %1.").arg(gtzan::clockText(seconds));
    if (record.test.mean >= 0)
        text += QLatin1Char(' ') + tr("Test accuracy %1% (split: %2).").arg(100 * record.test.mean, 0, 'f', 1).arg(record.recipe.splitLabel());
    if (!record.modelPath.isEmpty()) text += QLatin1Char(' ') + tr("Model saved as %1.").arg(QDir::toNativeSeparators(record.modelPath));
    if (!record.note.isEmpty()) text += QLatin1Char(' ') + record.note;
    if (!calibration.isEmpty()) text += QLatin1Char(' ') + calibration;
    text += QLatin1Char(' ') + tr("(GUI thread max stall %1 ms)").arg(m_maxStallMs, 0, 'f', 0);
    if (record.hasEvaluation) {
        m_confusion->setEvaluation(record.evaluation, QStringLiteral("%1 (%2)").arg(record.recipe.modelLabel(), record.recipe.splitLabel()),
                                   record.modelPath);
        showView(m_confusion);
    }
    setStatus(text);
    Q_EMIT runFinished(false, text);
}

void TrainingDashboard::onFailed(const QString &message) {
    endRun();
    m_progress->setValue(0);
    const QString text = tr("Training failed: %1").arg(message);
    setStatus(text);
    Q_EMIT runFinished(true, text);
}

void TrainingDashboard::showRecord(const RunRecord &r) {
    m_curves->showHistory(r.history);
    if (r.hasEvaluation)
        m_confusion->setEvaluation(r.evaluation, QStringLiteral("%1 (%2)").arg(r.recipe.modelLabel(), r.recipe.splitLabel()),
                                   QFileInfo::exists(r.modelPath) ? r.modelPath : QString());
    else m_confusion->clear();
}

void TrainingDashboard::reopenRun(const QString &id) {
    if (isRunning()) {
        setStatus(tr("A run is in progress: reopen a run when it is done."));
        return;
    }
    const RunRecord *r = m_history->history().find(id);
    if (!r) return;
    showRecord(*r);
    showView(r->hasEvaluation ? static_cast<QWidget *>(m_confusion) : m_curves);
    setStatus(tr("Showing the run of %1 (%2).").arg(r->finished.toString(QStringLiteral("yyyy-MM-dd hh:mm")), r->recipe.modelLabel()));
}

void TrainingDashboard::compareRuns(const QStringList &ids) {
    if (isRunning()) {
        setStatus(tr("A run is in progress: compare runs when it is done."));
        return;
    }
    std::vector<TrainingCurves::Series> series;
    for (const QString &id : ids) {
        const RunRecord *r = m_history->history().find(id);
        if (!r || r->history.empty()) continue;
        const size_t kept = r->keptRun >= 0 && size_t(r->keptRun) < r->history.size() ? size_t(r->keptRun) : 0;
        series.push_back({QStringLiteral("%1 %2").arg(r->recipe.modelLabel(), r->finished.toString(QStringLiteral("hh:mm"))), r->history[kept]});
    }
    m_curves->showComparison(series);
    showView(m_curves);
    setStatus(tr("Comparing %n run(s): dashed = train, solid = validation.", nullptr, int(series.size())));
}

} // namespace gui
} // namespace gtzan
