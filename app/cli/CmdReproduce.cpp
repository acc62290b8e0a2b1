// gtzan-cli reproduce --data DIR --protocol gct634|quick --out OUT: trains the reference report's
// runs (resumably), then writes OUT/results.json and OUT/report.html. --plan prints one
// `gtzan-cli train` line per run instead (for GNU parallel or a Slurm array); --report-only
// aggregates the runs OUT holds.
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "app/cli/DeviceCliOption.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "studies/ExperimentFolder.h"
#include "studies/ExperimentReport.h"
#include "studies/ExperimentRunner.h"
#include "tensor/TorchRuntime.h"
#include "training/RecipeFile.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gtzan {
namespace cli {

namespace {
// POSIX shell quoting: plain words stay as they are, anything else goes in single quotes.
QString shellWord(const QString &word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./=:+,@%-]+$"));
    if (plain.match(word).hasMatch()) return word;
    QString quoted = word;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void sayResults(const ExperimentResults &results, const ExperimentFolder &folder) {
    cliOut(QStringLiteral("%1 of %2 runs finished; test accuracy (percent) per cell, ours then the reference's:")
               .arg(results.finishedRuns)
               .arg(results.plannedRuns));
    for (const ResultRow &r : results.rows)
        cliOut(QStringLiteral("  %1 | %2: %3  (ref %4)")
                   .arg(r.row, -22)
                   .arg(r.condition, -26)
                   .arg(percentText(r.test), -12)
                   .arg(r.reference ? QString::number((*r.reference)[2], 'f', 1) : QStringLiteral("–")));
    cliOut(QStringLiteral("wrote %1 and %2").arg(folder.resultsPath(), folder.reportPath()));
}

} // namespace

static int runReproduce(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reproduces the reference report (KAIST GCT634 2020): plans its runs, trains them one by one into OUT/runs (a run that\n"
        "finished is never trained again: start the same command to resume), then writes OUT/results.json and OUT/report.html.\n"
        "Protocols: gct634 (the report's: the gct634-8genre split with 5 validation clips per genre, every Table 1 cell it filled\n"
        "and Table 2, 3 seeds, Adam 1e-4, batch 32/16, best-validation checkpoint, 4 s segments, 1:1 offline augmentation) and\n"
        "quick (the same shape on the 50-clip sample: 8 cells, 2 seeds, 20 epochs of batch 8 at lr 1e-3; about 10 minutes\non 2 cores)."));
    p.addOptions({
        {QStringLiteral("data"), QStringLiteral("GTZAN folder (the full data set for gct634, the sample for quick)."), QStringLiteral("DIR")},
        {QStringLiteral("protocol"), QStringLiteral("gct634 or quick."), QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("The experiment's folder (created; an earlier run of the same experiment is resumed)."),
         QStringLiteral("OUT")},
        {QStringLiteral("seeds"), QStringLiteral("Seeds per cell (default: the protocol's, gct634 3, quick 2)."), QStringLiteral("N")},
        {QStringLiteral("epochs"), QStringLiteral("Epochs per run (default: the protocol's, gct634 30, quick 20)."), QStringLiteral("N")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads per run (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("cache"), QStringLiteral("Feature and embedding cache shared by the runs (default OUT/cache)."), QStringLiteral("DIR")},
        {QStringLiteral("split-folder"), QStringLiteral("gct634: the folder with train.txt and test.txt (default: the shared gct634-8genre lists)."),
         QStringLiteral("DIR")},
        {QStringLiteral("plan"), QStringLiteral("Print one self-contained `gtzan-cli train` command per run still to do, one per line, and "
                                                "nothing else on stdout (for `parallel -j N < plan` or a Slurm array); trains nothing.")},
        {QStringLiteral("all"), QStringLiteral("With --plan: every planned run, finished ones too.")},
        {QStringLiteral("report-only"), QStringLiteral("Train nothing: write results.json and report.html from the runs OUT holds.")},
        deviceOption(),
    });
    int code = 0, seeds = 0, epochs = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("reproduce"), args, 0, 0, code)) return code;
    for (const char *required : {"data", "protocol", "out"})
        if (!p.isSet(QLatin1String(required))) {
            cliErr(QStringLiteral("gtzan-cli reproduce: --%1 is required (see --help)").arg(QLatin1String(required)));
            return ExitUsage;
        }
    if (!optionInt(p, QStringLiteral("seeds"), 1, 10, seeds) || !optionInt(p, QStringLiteral("epochs"), 1, 1000, epochs) ||
        !optionInt(p, QStringLiteral("threads"), 1, 256, threads))
        return ExitUsage;
    if (p.isSet(QStringLiteral("plan")) && p.isSet(QStringLiteral("report-only"))) {
        cliErr(QStringLiteral("gtzan-cli reproduce: --plan and --report-only exclude each other"));
        return ExitUsage;
    }
    if (!applyDeviceOption(p, QStringLiteral("reproduce"))) return ExitUsage;

    ExperimentFolder folder(p.value(QStringLiteral("out")));
    ExperimentRequest request;
    request.protocol = p.value(QStringLiteral("protocol"));
    request.dataFolder = p.value(QStringLiteral("data"));
    request.seeds = seeds;
    request.epochs = epochs;
    request.threads = threads;
    // LibTorch's thread count is set here, once for the command, never inside the training.
    if (threads > 0) configureTorchThreads(threads);
    request.cacheDir = p.isSet(QStringLiteral("cache")) ? QDir(p.value(QStringLiteral("cache"))).absolutePath() : folder.cacheDir();
    request.splitFolder = p.value(QStringLiteral("split-folder"));
    ExperimentPlan plan;
    try {
        plan = planExperiment(request);
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli reproduce: %1").arg(e.message()));
        return ExitUsage;
    }

    if (p.isSet(QStringLiteral("report-only"))) {
        if (!folder.matches(plan)) throw Error(QStringLiteral("%1 holds no experiment yet (no experiment.json)").arg(folder.path()));
        QStringList problems;
        const ExperimentResults results = writeExperimentReport(plan, folder, &problems);
        for (const QString &line : problems) cliErr(QStringLiteral("warning: ") + line);
        sayResults(results, folder);
        return ExitOk;
    }

    folder.claim(plan); // refuses another experiment's folder
    if (p.isSet(QStringLiteral("plan"))) {
        const std::map<QString, RunRecord> done = folder.finishedRuns(plan);
        const QString program = QCoreApplication::applicationFilePath();
        for (const PlannedRun &r : plan.runs) {
            if (done.count(r.id) && !p.isSet(QStringLiteral("all"))) continue;
            // Each line trains the run's recipe file: the one JSON form of a recipe, so the line
            // trains exactly what the experiment planned (split folders included).
            const QString recipePath = folder.recipeFilePath(r.id);
            QDir().mkpath(QFileInfo(recipePath).absolutePath());
            saveRecipeFile(recipePath, r.recipe);
            QStringList words{program};
            words << QStringLiteral("train") << QStringLiteral("--recipe") << recipePath << QStringLiteral("--out") << folder.modelPath(r.id)
                  << QStringLiteral("--run-json") << folder.runFilePath(r.id) << QStringLiteral("--run-id") << r.id;
            if (p.isSet(QStringLiteral("device"))) words << QStringLiteral("--device") << p.value(QStringLiteral("device"));
            QStringList quoted;
            for (const QString &w : words) quoted << shellWord(w);
            cliOut(quoted.join(QLatin1Char(' ')));
        }
        return ExitOk;
    }

    ExperimentCallbacks callbacks;
    callbacks.say = [](const QString &line) { cliOut(line); };
    callbacks.onEpoch = [](const QString &id, const EpochReport &e) {
        QString line = QStringLiteral("  %1 epoch %2/%3: train acc %4").arg(id).arg(e.epoch).arg(e.epochs).arg(e.trainAccuracy, 0, 'f', 3);
        if (e.validationAccuracy >= 0) line += QStringLiteral(", val acc %1").arg(e.validationAccuracy, 0, 'f', 3);
        cliOut(line);
    };
    callbacks.progress = [](const ExperimentProgress &pr) {
        if (!pr.runningId.isEmpty() || pr.etaSeconds < 0) return;
        cliOut(QStringLiteral("%1 of %2 runs done (%3 failed), %4 elapsed, ETA %5")
                   .arg(pr.done)
                   .arg(pr.total)
                   .arg(pr.failed)
                   .arg(clockText(pr.elapsedSeconds), clockText(pr.etaSeconds)));
    };
    const ExperimentOutcome outcome = [&] {
        const InterruptGuard ctrlC({SIGINT, SIGTERM}); // SIGTERM: what a scheduler sends
        return runExperiment(plan, folder, callbacks, interruptFlag());
    }();
    QStringList problems;
    const ExperimentResults results = writeExperimentReport(plan, folder, &problems);
    for (const QString &line : problems) cliErr(QStringLiteral("warning: ") + line);
    sayResults(results, folder);
    cliOut(QStringLiteral("this session: %1 trained, %2 finished earlier, %3 failed, in %4")
               .arg(outcome.trained)
               .arg(outcome.skipped)
               .arg(outcome.failed)
               .arg(clockText(outcome.seconds)));
    if (outcome.cancelled) {
        cliErr(QStringLiteral("interrupted: the finished runs are kept; start the same command again to resume"));
        return ExitFailed;
    }
    if (outcome.failed > 0) {
        cliErr(QStringLiteral("%1 run(s) failed (OUT/runs/*.failed.txt says why); start the same command again to retry them").arg(outcome.failed));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("reproduce"), QStringLiteral("reproduce the reference report's tables, resumably"), runReproduce});

} // namespace cli
} // namespace gtzan
