// gtzan-cli bench predict MODEL DIR [--threads N] [--repeats N] [--long-seconds S]: file -> probabilities.
#include "app/bench/PredictionBenchmark.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include "tensor/TorchRuntime.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace gtzan {
namespace cli {

int runBenchPredict(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Times prediction (decode, features, network) with MODEL for a real 30 s clip from DIR and for a long MP3 "
                       "made of DIR's clips joined back to back; median of the repeats; prints JSON."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file (.gtzm)."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder of real clips (e.g. ../shared/data/gtzan-sample)."));
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("repeats"), QStringLiteral("Timed passes per file after one warm-up (default 7)."), QStringLiteral("N"),
                 QStringLiteral("7")});
    p.addOption(
        {QStringLiteral("long-seconds"), QStringLiteral("Length of the long MP3 (default 600)."), QStringLiteral("S"), QStringLiteral("600")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench predict"), args, 2, 2, code)) return code;
    int threads = 2, repeats = 7;
    double longSeconds = 600;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionInt(p, QStringLiteral("repeats"), 1, 1000, repeats) ||
        !optionDouble(p, QStringLiteral("long-seconds"), 1.0, 7200.0, longSeconds))
        return ExitUsage;
    const QString dir = p.positionalArguments().at(1);
    const QStringList clips = gtzan::findAudioFiles(dir);
    if (clips.isEmpty()) throw gtzan::Error(QStringLiteral("%1: no audio files found").arg(dir));
    const int threadsInEffect = gtzan::configureTorchThreads(threads);
    const gtzan::Predictor predictor = gtzan::Predictor::fromFile(p.positionalArguments().first());

    QTemporaryDir tmp;
    if (!tmp.isValid()) throw gtzan::Error(QStringLiteral("cannot make a temporary folder for the long MP3 (%1)").arg(tmp.errorString()));
    const QString longMp3 = tmp.filePath(QStringLiteral("long.mp3"));
    gtzan::writeConcatenatedAudio(clips, longSeconds, longMp3);

    QJsonArray cases;
    cases.append(gtzan::benchmarkPrediction(predictor, clips.first(), repeats));
    cases.append(gtzan::benchmarkPrediction(predictor, longMp3, repeats));
    const QJsonObject out{{QStringLiteral("model"), p.positionalArguments().first()},
                          {QStringLiteral("network"), predictor.model().config.name},
                          {QStringLiteral("preset"), predictor.model().spec.name},
                          {QStringLiteral("threads"), threadsInEffect},
                          {QStringLiteral("cases"), cases}};
    cliOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace cli
} // namespace gtzan
