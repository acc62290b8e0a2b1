// gtzan-cli bench dataset DIR [--preset P] [--threads N] [--cache DIR]: the data set engine's
// benchmark (scan, feature cache cold, feature cache warm). Dispatched from CmdBench.cpp.
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/FeatureLoader.h"
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <ctime>

namespace gtzan {
namespace cli {

int runBenchDataset(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times scanning a GTZAN root and building its feature cache cold, then warm; prints JSON."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("GTZAN root."));
    p.addOption({QStringLiteral("preset"), QStringLiteral("Feature preset (default gct634)."), QStringLiteral("P"), QStringLiteral("gct634")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("online"),
                 QStringLiteral("Also time online gct634 augmentation epochs over the first N clips, "
                                "decoding every epoch vs a decoded-audio cache."),
                 QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Cache folder (emptied first; default a temporary one)."), QStringLiteral("DIR")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench dataset"), args, 1, 1, code)) return code;
    int threads = 2;
    int online = 0;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionInt(p, QStringLiteral("online"), 0, 100000, online)) return ExitUsage;
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
    // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
    const auto cpuMs = [] { return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC; };
    o.report = &cold;
    const double cpu0 = cpuMs();
    gtzan::loadClipFeatures(scan.records(), spec, o);
    const double cpu1 = cpuMs();
    o.report = &warm;
    gtzan::loadClipFeatures(scan.records(), spec, o);
    const double cpu2 = cpuMs();

    const double n = double(scan.clips.size());
    QJsonObject r{{QStringLiteral("tool"), QStringLiteral("gtzan-cli")},
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
                  {QStringLiteral("cold_cpu_ms_per_clip"), (cpu1 - cpu0) / n},
                  {QStringLiteral("warm_cpu_ms_per_clip"), (cpu2 - cpu1) / n},
                  {QStringLiteral("warm_hits"), warm.cacheHits},
                  {QStringLiteral("cold_over_warm"), cold.wallMs / std::max(1e-3, warm.wallMs)},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(cold.problems)}};
    if (online > 0) {
        // One online epoch = a fresh gct634 draw per clip, nothing cached on disk. Epoch 0 decodes
        // (and fills the audio cache), epoch 1 reuses the decoded audio, epoch 2 decodes again.
        std::vector<gtzan::ClipRecord> clips = scan.records();
        clips.resize(std::min(clips.size(), size_t(online)));
        gtzan::DecodedAudioCache audio(qint64(4) << 30);
        gtzan::FeatureLoadOptions on;
        on.threads = threads;
        on.augmentation = gtzan::AugmentationChain::gct634(1);
        on.augmentedCopies = 1;
        on.includeOriginals = false;
        on.cacheAugmented = false;
        gtzan::FeatureLoadReport e;
        on.report = &e;
        on.audioCache = &audio;
        gtzan::loadClipFeatures(clips, spec, on);
        on.drawOffset = 1;
        gtzan::loadClipFeatures(clips, spec, on);
        const double withCache = e.wallMs;
        on.drawOffset = 2;
        on.audioCache = nullptr;
        gtzan::loadClipFeatures(clips, spec, on);
        const double decoding = e.wallMs;
        r.insert(QStringLiteral("online_clips"), int(clips.size()));
        r.insert(QStringLiteral("online_epoch_decoding_ms_per_clip"), decoding / double(clips.size()));
        r.insert(QStringLiteral("online_epoch_audio_cache_ms_per_clip"), withCache / double(clips.size()));
    }
    cliOut(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    return cold.problems.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace cli
} // namespace gtzan
