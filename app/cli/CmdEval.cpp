// gtzan-cli eval MODEL --data DIR [--split F] [--json]: a saved model on a folder's clips.
#include "app/cli/CliCommand.h"
#include "app/cli/CliEvaluationText.h"
#include "app/cli/CliParser.h"
#include "app/cli/DeviceCliOption.h"
#include "model/ModelFile.h"
#include "model/TrainedModel.h"
#include "tensor/TorchRuntime.h"
#include "training/FolderEvaluation.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

static int runEval(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Evaluates a model file on the clips of its genres in DIR (or those a split file lists): clip accuracy by\n"
                       "mean / max / majority vote of the segments, confusion matrix, per-class precision, recall and F1."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addOption({QStringLiteral("data"), QStringLiteral("GTZAN folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("split"), QStringLiteral("Split file: evaluate only the clips it lists."), QStringLiteral("F")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")});
    FolderEvaluationOptions options; // its defaults are the command's
    p.addOption({QStringLiteral("batch"), QStringLiteral("Segments per batch (default %1).").arg(options.batchSize), QStringLiteral("N"),
                 QString::number(options.batchSize)});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the evaluation as JSON (schema in docs/cli.md).")});
    p.addOption(deviceOption());
    int code = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("eval"), args, 1, 1, code)) return code;
    if (!applyDeviceOption(p, QStringLiteral("eval"))) return ExitUsage;
    if (!p.isSet(QStringLiteral("data"))) {
        cliErr(QStringLiteral("gtzan-cli eval: --data DIR is required"));
        return ExitUsage;
    }
    if (!optionInt(p, QStringLiteral("batch"), 1, 65536, options.batchSize) || !optionInt(p, QStringLiteral("threads"), 1, 256, threads))
        return ExitUsage;
    if (threads > 0) configureTorchThreads(threads);
    const TrainedModel m = loadModelFile(p.positionalArguments().first());
    options.splitFile = p.value(QStringLiteral("split"));
    options.cacheDir = p.value(QStringLiteral("cache"));
    const FolderEvaluation result = evaluateModelOnFolder(m, p.value(QStringLiteral("data")), options);
    for (const QString &problem : result.problems) cliErr(QStringLiteral("warning: ") + problem);
    const Evaluation &ev = result.evaluation;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject j = ev.toJson();
        j.insert(QStringLiteral("model"), p.positionalArguments().first());
        j.insert(QStringLiteral("evaluatedOn"), options.splitFile.isEmpty() ? QStringLiteral("every clip") : options.splitFile);
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
    } else {
        cliOut(QStringLiteral("%1 (%2) on %3 clips of %4 (%5)\n")
                   .arg(p.positionalArguments().first(), m.config.name)
                   .arg(ev.clips.size())
                   .arg(p.value(QStringLiteral("data")),
                        options.splitFile.isEmpty()
                            ? QStringLiteral("every clip of the model's genres: training clips included, if it was trained here")
                            : QStringLiteral("the clips listed in ") + options.splitFile) +
               evaluationText(ev));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("eval"), QStringLiteral("evaluate a model file on a folder of clips"), runEval});

} // namespace cli
} // namespace gtzan
