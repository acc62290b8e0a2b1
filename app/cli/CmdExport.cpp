// gtzan-cli export MODEL --to pytorch DIR
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include "model/PyTorchExport.h"

namespace gtzan {
namespace cli {

static int runExport(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Writes a model for PyTorch: DIR/gtzan_model.py (the network as a torch.nn.Module, the features in NumPy), "
                       "DIR/state_dict.pt (the weights), DIR/model.json (genres, feature settings, standardisation, calibration) and "
                       "DIR/predict.py, which prints the probabilities `gtzan-cli predict` gives and, with --torchscript OUT.pt, traces "
                       "the model into a file this program opens. See docs/notebooks.md."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("The model file (.gtzm)."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The folder to write (created)."));
    p.addOption(
        {QStringLiteral("to"), QStringLiteral("The format: pytorch (the only one so far)."), QStringLiteral("FORMAT"), QStringLiteral("pytorch")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("export"), args, 2, 2, code)) return code;
    if (p.value(QStringLiteral("to")) != QLatin1String("pytorch")) {
        cliErr(QStringLiteral("gtzan-cli export: unknown format \"%1\" (known: pytorch)").arg(p.value(QStringLiteral("to"))));
        return ExitUsage;
    }
    const QString modelPath = p.positionalArguments().at(0), dir = p.positionalArguments().at(1);
    try {
        for (const QString &file : exportToPyTorch(loadModelFile(modelPath), dir)) cliOut(file);
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli export: %1").arg(e.message()));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("export"), QStringLiteral("export a model to PyTorch (a module, its weights and a predict.py)"),
                            runExport});

} // namespace cli
} // namespace gtzan
