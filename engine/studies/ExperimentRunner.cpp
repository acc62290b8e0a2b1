#include "studies/ExperimentRunner.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "training/RecipeRun.h"
#include <QElapsedTimer>
#include <QFile>

namespace gtzan {

QString plannedRunStateName(PlannedRunState state) {
    switch (state) {
    case PlannedRunState::Waiting: return QStringLiteral("waiting");
    case PlannedRunState::Running: return QStringLiteral("running");
    case PlannedRunState::Done: return QStringLiteral("done");
    case PlannedRunState::Failed: return QStringLiteral("failed");
    }
    return {};
}

namespace {
// Done when its file is there, failed when the last try left a note, else waiting.
PlannedRunState stateOf(const QString &id, const ExperimentFolder &folder, const std::map<QString, RunRecord> &finished) {
    if (finished.count(id)) return PlannedRunState::Done;
    return folder.failureOf(id).isEmpty() ? PlannedRunState::Waiting : PlannedRunState::Failed;
}
} // namespace

std::map<QString, PlannedRunState> plannedRunStates(const ExperimentPlan &plan, const ExperimentFolder &folder) {
    const std::map<QString, RunRecord> done = folder.finishedRuns(plan);
    std::map<QString, PlannedRunState> states;
    for (const PlannedRun &r : plan.runs) states[r.id] = stateOf(r.id, folder, done);
    return states;
}

ExperimentOutcome runExperiment(const ExperimentPlan &plan, ExperimentFolder &folder, const ExperimentCallbacks &callbacks,
                                const std::atomic_bool *cancel) {
    folder.lockForRunning();
    QElapsedTimer clock;
    clock.start();
    const auto say = [&](const QString &line) {
        if (callbacks.say) callbacks.say(line);
    };
    const auto setState = [&](const QString &id, PlannedRunState state, const QString &detail) {
        if (callbacks.runState) callbacks.runState(id, state, detail);
    };
    QStringList problems;
    const std::map<QString, RunRecord> before = folder.finishedRuns(plan, &problems);
    for (const QString &p : problems) say(QStringLiteral("warning: ") + p);

    ExperimentOutcome outcome;
    outcome.planned = int(plan.runs.size());
    ExperimentProgress progress;
    progress.total = outcome.planned;
    // The pace: the mean wall time of the runs trained in this session (earlier ones may have had
    // other threads or another machine); before the first one ends, the running run's own pace.
    double finishedSeconds = 0;
    int finishedRuns = 0;
    const auto report = [&](double runningFraction, double runningSeconds) {
        progress.elapsedSeconds = clock.elapsed() / 1000.0;
        const double settled = progress.done + progress.failed;
        progress.fraction = outcome.planned ? (settled + runningFraction) / outcome.planned : 1.0;
        const double perRun = finishedRuns > 0 ? finishedSeconds / finishedRuns : runningFraction > 0 ? runningSeconds / runningFraction : -1;
        progress.etaSeconds = perRun > 0 ? (outcome.planned - settled - runningFraction) * perRun : -1;
        if (callbacks.progress) callbacks.progress(progress);
    };
    for (const PlannedRun &r : plan.runs) {
        const PlannedRunState state = stateOf(r.id, folder, before);
        const bool done = state == PlannedRunState::Done;
        outcome.skipped += done;
        progress.done += done;
        setState(r.id, state, done ? QStringLiteral("finished earlier") : folder.failureOf(r.id));
    }
    report(0, 0);
    if (outcome.skipped > 0)
        say(QStringLiteral("%1 of %2 runs finished earlier; they are kept as they are").arg(outcome.skipped).arg(outcome.planned));

    for (const PlannedRun &r : plan.runs) {
        if (before.count(r.id)) continue;
        if (cancel && cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        progress.runningId = r.id;
        const QString earlierFailure = folder.failureOf(r.id);
        const auto leaveAsItWas = [&] {
            setState(r.id, earlierFailure.isEmpty() ? PlannedRunState::Waiting : PlannedRunState::Failed,
                     earlierFailure.isEmpty() ? QStringLiteral("cancelled") : earlierFailure);
        };
        setState(r.id, PlannedRunState::Running, {});
        say(QStringLiteral("run %1 of %2: %3, %4, seed %5")
                .arg(outcome.trained + outcome.skipped + outcome.failed + 1)
                .arg(outcome.planned)
                .arg(r.row, r.condition)
                .arg(r.seed));
        report(0, 0);
        TrainingRecipe recipe = r.recipe;
        if (recipe.cacheDir.isEmpty()) recipe.cacheDir = folder.cacheDir();
        RecipeCallbacks rc;
        rc.say = [&](const QString &line) {
            if (line.startsWith(QLatin1String("warning"))) say(QStringLiteral("  ") + line);
        };
        QElapsedTimer runClock;
        runClock.start();
        rc.onEpoch = [&](const EpochReport &e) {
            if (callbacks.onEpoch) callbacks.onEpoch(r.id, e);
            report(double(e.epoch) / std::max(1, e.epochs), runClock.elapsed() / 1000.0);
        };
        try {
            RecipeOutput output;
            output.modelPath = folder.modelPath(r.id);
            RecipeRun run = runRecipe(recipe, output, rc, cancel);
            if (run.cancelled) {
                outcome.cancelled = true;
                QFile::remove(folder.modelPath(r.id));
                leaveAsItWas();
                say(QStringLiteral("cancelled during %1; it starts again on resume").arg(r.id));
                break;
            }
            // The file names the recipe as planned (the cache folder is where this machine put it).
            run.record.recipe.cacheDir = r.recipe.cacheDir;
            writeExperimentRun(folder.runFilePath(r.id), r.id, run.record);
            folder.clearFailure(r.id);
            ++outcome.trained;
            ++progress.done;
            finishedSeconds += run.record.seconds;
            ++finishedRuns;
            setState(r.id, PlannedRunState::Done,
                     QStringLiteral("test %1 in %2").arg(run.record.test.mean * 100, 0, 'f', 1).arg(clockText(run.record.seconds)));
            if (callbacks.runFinished) callbacks.runFinished(r.id, run.record);
        } catch (const Error &e) {
            if (cancel && cancel->load()) { // cancelled while preparing the data
                outcome.cancelled = true;
                leaveAsItWas();
                break;
            }
            ++outcome.failed;
            ++progress.failed;
            folder.recordFailure(r.id, e.message());
            setState(r.id, PlannedRunState::Failed, e.message());
            say(QStringLiteral("run %1 failed: %2").arg(r.id, e.message()));
        }
        progress.runningId.clear();
        report(0, 0);
    }
    outcome.seconds = clock.elapsed() / 1000.0;
    return outcome;
}

} // namespace gtzan
