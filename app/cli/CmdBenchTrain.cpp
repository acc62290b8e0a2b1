// gtzan-cli bench train --model M [--batch 32] [--steps 20] [--threads 2] [--genres 8]
//   the twin of ../shared/peers/train_peer.py (same input, steps and JSON fields);
// gtzan-cli bench epoch --model M [--clips 1000] [--augment] [--batch 32] [--threads 2]
//   one whole trainer epoch on a generated GTZAN-sized set, with the share of time outside the network.
#include "app/bench/TrainingBenchmark.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "models/ModelConfig.h"
#include "tensor/TorchRuntime.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

int runBenchTrain(const QStringList &args, bool wholeEpoch) {
    QCommandLineParser p;
    p.setApplicationDescription(
        wholeEpoch ? QStringLiteral("Times one trainer epoch on generated 30 s clips (7 segments each); prints JSON.")
                   : QStringLiteral("Times training steps and inference on one random 96 x 125 batch, like train_peer.py; prints JSON."));
    p.addOption({QStringLiteral("model"), QStringLiteral("Network (default cnn2d)."), QStringLiteral("M"), QStringLiteral("cnn2d")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("Batch size (default 32)."), QStringLiteral("N"), QStringLiteral("32")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("steps"), QStringLiteral("Timed steps (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("genres"), QStringLiteral("Classes (default 8)."), QStringLiteral("N"), QStringLiteral("8")});
    p.addOption({QStringLiteral("clips"), QStringLiteral("epoch: generated clips (default 1000)."), QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("augment"), QStringLiteral("epoch: add one augmented copy per clip (offline, 1:1).")});
    int code = 0, batch = 32, threads = 2, steps = 20, genres = 8, clips = 1000;
    if (!parseCommandLine(p, wholeEpoch ? QStringLiteral("bench epoch") : QStringLiteral("bench train"), args, 0, 0, code)) return code;
    if (!optionInt(p, QStringLiteral("batch"), 2, 4096, batch) || !optionInt(p, QStringLiteral("threads"), 1, 256, threads) ||
        !optionInt(p, QStringLiteral("steps"), 1, 100000, steps) || !optionInt(p, QStringLiteral("genres"), 2, 1000, genres) ||
        !optionInt(p, QStringLiteral("clips"), 10, 100000, clips))
        return ExitUsage;
    const QString model = p.value(QStringLiteral("model"));
    if (!gtzan::modelNames().contains(model) || gtzan::ModelConfig::named(model).usesEmbedding()) {
        cliErr(QStringLiteral("gtzan-cli bench: --model is a spectrogram network, not \"%1\"").arg(model));
        return ExitUsage;
    }
    gtzan::configureTorchThreads(threads);
    const QJsonObject r = wholeEpoch ? gtzan::benchmarkTrainingEpoch(model, clips, p.isSet(QStringLiteral("augment")), batch)
                                     : gtzan::benchmarkTrainingSteps(model, batch, steps, genres);
    cliOut(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace cli
} // namespace gtzan
