// gtzan-cli bench dataset DIR [--preset P] [--threads N] [--cache DIR]: the data set engine's
// benchmark (scan, feature cache cold, feature cache warm). Dispatched from CmdBench.cpp.
#include "CliCommand.h"
#include "CliParser.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/FeatureLoader.h"
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

int runBenchDataset(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times scanning a GTZAN root and building its feature cache cold, then warm; prints JSON."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("GTZAN root."));
    p.addOption({QStringLiteral("preset"), QStringLiteral("Feature preset (default gct634)."), QStringLiteral("P"), QStringLiteral("gct634")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Cache folder (emptied first; default a temporary one)."), QStringLiteral("DIR")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench dataset"), args, 1, 1, code)) return code;
    int threads = 2;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    const gtzan::FeatureSpec spec = gtzan::FeatureSpec::preset(p.value(QStringLiteral("preset")));

    QTemporaryDir tmp;
    QString cacheDir = p.value(QStringLiteral("cache"));
    if (cacheDir.isEmpty()) cacheDir = tmp.filePath(QStringLiteral("cache"));
    else QDir(cacheDir).removeRecursively();

    QElapsedTimer t;
    t.start();
    const gtzan::DatasetScan scan = gtzan::scanGtzan(p.positionalArguments().first());
    const double scanMs = t.nsecsElapsed() / 1e6;
    if (scan.clips.empty()) throw gtzan::Error(QStringLiteral("%1: no clips to benchmark").arg(scan.root));

    gtzan::FeatureLoadOptions o;
    o.cacheDir = cacheDir;
    o.threads = threads;
    gtzan::FeatureLoadReport cold, warm;
    o.report = &cold;
    gtzan::loadClipFeatures(scan.records(), spec, o);
    o.report = &warm;
    gtzan::loadClipFeatures(scan.records(), spec, o);

    const double n = double(scan.clips.size());
    const QJsonObject r{{QStringLiteral("tool"), QStringLiteral("gtzan-cli")},
                        {QStringLiteral("bench"), QStringLiteral("dataset")},
                        {QStringLiteral("preset"), spec.name},
                        {QStringLiteral("threads"), threads},
                        {QStringLiteral("clips"), int(scan.clips.size())},
                        {QStringLiteral("scan_problems"), int(scan.problems.size())},
                        {QStringLiteral("scan_ms"), scanMs},
                        {QStringLiteral("cold_ms"), cold.wallMs},
                        {QStringLiteral("cold_ms_per_clip"), cold.wallMs / n},
                        {QStringLiteral("warm_ms"), warm.wallMs},
                        {QStringLiteral("warm_ms_per_clip"), warm.wallMs / n},
                        {QStringLiteral("warm_hits"), warm.cacheHits},
                        {QStringLiteral("cold_over_warm"), cold.wallMs / std::max(1e-3, warm.wallMs)},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(cold.problems)}};
    cliOut(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    return cold.problems.isEmpty() ? ExitOk : ExitFailed;
}
