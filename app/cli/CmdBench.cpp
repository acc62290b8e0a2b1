// gtzan-cli bench features DIR [--preset P] [--threads N] [--repeats N]
#include "app/bench/FeatureBenchmark.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

static int runBenchFeatures(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times decode, resample and mel+dB per clip over all audio files under DIR; prints JSON."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder with audio files (searched recursively)."));
    p.addOption({QStringLiteral("preset"), QStringLiteral("Feature preset (gct634, native)."), QStringLiteral("P"), QStringLiteral("gct634")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("repeats"), QStringLiteral("Passes over the files (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench features"), args, 1, 1, code)) return code;
    int threads = 1, repeats = 1;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionInt(p, QStringLiteral("repeats"), 1, 1000, repeats)) return ExitUsage;
    const gtzan::FeatureSpec spec = gtzan::FeatureSpec::preset(p.value(QStringLiteral("preset")));
    const QStringList files = gtzan::findAudioFiles(p.positionalArguments().first());
    if (files.isEmpty()) throw gtzan::Error(QStringLiteral("%1: no audio files found").arg(p.positionalArguments().first()));
    const gtzan::FeatureBenchmarkResult r = gtzan::benchmarkFeatures(files, spec, threads, repeats);
    cliOut(QString::fromUtf8(QJsonDocument(r.toJson(spec)).toJson(QJsonDocument::Compact)));
    return r.failures.isEmpty() ? ExitOk : ExitFailed;
}

int runBenchDataset(const QStringList &args);                // CmdBenchDataset.cpp
int runBenchTrain(const QStringList &args, bool wholeEpoch); // CmdBenchTrain.cpp
int runBenchEmbed(const QStringList &args);                  // CmdBenchEmbed.cpp
int runBenchPredict(const QStringList &args);                // CmdBenchPredict.cpp
int runBenchReplicas(const QStringList &args);               // CmdBenchReplicas.cpp

static int runBench(const QStringList &args) {
    const QString what = args.isEmpty() ? QString() : args.first();
    if (what == QLatin1String("features")) return runBenchFeatures(args.mid(1));
    if (what == QLatin1String("dataset")) return runBenchDataset(args.mid(1));
    if (what == QLatin1String("train")) return runBenchTrain(args.mid(1), false);
    if (what == QLatin1String("epoch")) return runBenchTrain(args.mid(1), true);
    if (what == QLatin1String("embed")) return runBenchEmbed(args.mid(1));
    if (what == QLatin1String("predict")) return runBenchPredict(args.mid(1));
    if (what == QLatin1String("replicas")) return runBenchReplicas(args.mid(1));
    cliErr(QStringLiteral("Usage: gtzan-cli bench features DIR [--preset P] [--threads N]\n"
                          "       gtzan-cli bench dataset DIR [--preset P] [--threads N] [--cache DIR]\n"
                          "       gtzan-cli bench train --model cnn1d|cnn2d|resnet34 [--batch 32] [--threads 2]\n"
                          "       gtzan-cli bench epoch --model M [--clips 1000] [--augment] [--threads 2]\n"
                          "       gtzan-cli bench embed FILE|DIR [--model MSD|MTT] [--threads 2] [--repeats 3]\n"
                          "       gtzan-cli bench predict MODEL DIR [--threads 2] [--repeats 7] [--long-seconds 600]\n"
                          "       gtzan-cli bench replicas [--clips 1000] [--seconds 30] [--planted 20] [--seed 1]"));
    return args.contains(QStringLiteral("--help")) ? ExitOk : ExitUsage;
}

static CliRegistration reg(
    {QStringLiteral("bench"),
     QStringLiteral(
         "benchmarks: bench features DIR | bench dataset DIR | bench train | bench epoch | bench embed FILE | bench predict MODEL DIR | bench replicas"),
     runBench});

} // namespace cli
} // namespace gtzan
