// gtzan-cli sweep MODEL --data DIR --perturb tempo|pitch|noise|gain [--steps LIST]: accuracy
// against the strength of one perturbation of the audio (is the model a "horse"?).
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "model/ModelFile.h"
#include "model/TrainedModel.h"
#include "studies/RobustnessSweep.h"
#include "tensor/TorchRuntime.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

namespace {
QString stepsText(const std::vector<double> &steps) {
    QStringList parts;
    for (double s : steps) parts << QString::number(s);
    return parts.join(QLatin1Char(','));
}
} // namespace

static int runSweep(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Evaluates a model file on DIR's clips unperturbed and at each step of one perturbation of the audio:\n"
                       "tempo (%, default %1), pitch (semitones, default %2), noise (SNR dB, default %3), gain (dB, default %4).\n"
                       "A model that knows genre barely moves; Sturm (2014) showed tempo changes of at most 6 % swing some widely.")
            .arg(stepsText(defaultSweepSteps(Perturbation::Tempo)), stepsText(defaultSweepSteps(Perturbation::Pitch)),
                 stepsText(defaultSweepSteps(Perturbation::Noise)), stepsText(defaultSweepSteps(Perturbation::Gain))));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addOptions({
        {QStringLiteral("data"), QStringLiteral("GTZAN folder."), QStringLiteral("DIR")},
        {QStringLiteral("perturb"), QStringLiteral("tempo, pitch, noise or gain."), QStringLiteral("KIND")},
        {QStringLiteral("steps"), QStringLiteral("Comma-separated strengths (default: the kind's list above)."), QStringLiteral("LIST")},
        {QStringLiteral("split"), QStringLiteral("Split file: evaluate only the clips it lists."), QStringLiteral("F")},
        {QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the noise (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("csv"), QStringLiteral("Also write the points as CSV to this file."), QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print the sweep as JSON (progress goes to stderr).")},
    });
    int code = 0, threads = 0, seed = 1;
    if (!parseCommandLine(p, QStringLiteral("sweep"), args, 1, 1, code)) return code;
    for (const char *required : {"data", "perturb"})
        if (!p.isSet(QLatin1String(required))) {
            cliErr(QStringLiteral("gtzan-cli sweep: --%1 is required (see --help)").arg(QLatin1String(required)));
            return ExitUsage;
        }
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionInt(p, QStringLiteral("seed"), 0, 1 << 30, seed)) return ExitUsage;
    Perturbation kind;
    std::vector<double> steps;
    try {
        kind = perturbationFromName(p.value(QStringLiteral("perturb")));
        steps = defaultSweepSteps(kind);
        if (p.isSet(QStringLiteral("steps"))) {
            steps.clear();
            for (const QString &part : p.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const double v = part.trimmed().toDouble(&ok);
                if (!ok) throw Error(QStringLiteral("--steps: \"%1\" is not a number").arg(part));
                steps.push_back(v);
            }
        }
        for (double s : steps) (void)perturbationChain(kind, s); // range checks, before any work
        if (steps.empty()) throw Error(QStringLiteral("--steps lists no step"));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli sweep: %1").arg(e.message()));
        return ExitUsage;
    }
    if (threads > 0) configureTorchThreads(threads);
    const TrainedModel m = loadModelFile(p.positionalArguments().first());
    const bool json = p.isSet(QStringLiteral("json"));
    SweepOptions options;
    options.splitFile = p.value(QStringLiteral("split"));
    options.cacheDir = p.value(QStringLiteral("cache"));
    options.seed = uint64_t(seed);
    options.cancel = interruptFlag();
    int lastPoint = -1;
    options.progress = [&](int point, int points, const QString &, int, int) {
        if (point == lastPoint) return;
        lastPoint = point;
        const QString what = point == 0
                                 ? QStringLiteral("unperturbed")
                                 : QStringLiteral("%1 %2 %3").arg(perturbationName(kind)).arg(steps[size_t(point - 1)]).arg(perturbationUnit(kind));
        cliErr(QStringLiteral("point %1/%2: %3 ...").arg(point + 1).arg(points).arg(what));
    };
    const SweepReport report = [&] {
        const InterruptGuard ctrlC;
        return runRobustnessSweep(m, p.value(QStringLiteral("data")), kind, steps, options);
    }();
    if (p.isSet(QStringLiteral("csv"))) {
        QSaveFile f(p.value(QStringLiteral("csv")));
        if (!f.open(QIODevice::WriteOnly) || f.write(report.toCsv().toUtf8()) < 0 || !commitExport(f))
            throw Error(QStringLiteral("%1: cannot write the CSV: %2").arg(p.value(QStringLiteral("csv")), f.errorString()));
    }
    if (json) {
        QJsonObject j = report.toJson();
        j.insert(QStringLiteral("model"), p.positionalArguments().first());
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    cliOut(
        QStringLiteral("%1 (%2) on %3, %4 sweep (%5):")
            .arg(p.positionalArguments().first(), m.config.name, report.folder, perturbationName(kind),
                 options.splitFile.isEmpty() ? QStringLiteral("every clip of the model's genres") : QStringLiteral("clips of ") + options.splitFile));
    for (const SweepPoint &pt : report.points)
        cliOut(QStringLiteral("  %1  accuracy %2  (%3 clips)")
                   .arg(pt.none ? QStringLiteral("none") : QStringLiteral("%1 %2").arg(pt.strength).arg(perturbationUnit(kind)), -16)
                   .arg(pt.accuracy, 0, 'f', 3)
                   .arg(pt.clips));
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("sweep"), QStringLiteral("accuracy against tempo, pitch, noise or gain changes (is it a horse?)"),
                            runSweep});

} // namespace cli
} // namespace gtzan
