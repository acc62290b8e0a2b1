// gtzan-cli export-dataset DATA (--features PRESET [--segment S] | --embedding msd|mtt | both)
//   [--split DIR] --out FILE.npz: a data set for a Python notebook, one numpy.load away.
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "common/JsonArrays.h"
#include "dataset/FeatureCache.h"
#include "dataset/GenreSets.h"
#include "embedding/DatasetExport.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnLayer.h"
#include "tensor/TorchRuntime.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

namespace {

QString shapeText(const std::vector<int64_t> &shape) {
    QStringList parts;
    for (int64_t n : shape) parts << QString::number(n);
    return parts.join(QStringLiteral(" x "));
}

} // namespace

static int runExportDataset(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Writes a data set as a NumPy .npz that numpy.load(FILE) reads without pickle: features (rows x bands x frames, "
                       "float32) and/or musicnn clip embeddings (clips x size), labels (int64), clip_ids, genres, split (train, valid, "
                       "test or empty) and settings (a JSON string). Whole clips are padded to the longest (frames gives each row's own "
                       "length); with --segment they are cut into segments as training cuts them (segment_clip, segment_start). "
                       "Features come from the feature cache when there. Ctrl+C stops it and leaves no file."));
    p.addPositionalArgument(QStringLiteral("DATA"), QStringLiteral("GTZAN folder (genres/, genres_original/ or genre folders)."));
    p.addOption({QStringLiteral("features"), QStringLiteral("Feature preset: %1.").arg(FeatureSpec::presetNames().join(QStringLiteral(", "))),
                 QStringLiteral("PRESET")});
    p.addOption(
        {QStringLiteral("segment"), QStringLiteral("Cut the features into segments of S seconds (default: whole clips)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("embedding"), QStringLiteral("Also (or only) musicnn's clip embedding: msd or mtt."), QStringLiteral("MODEL")});
    p.addOption({QStringLiteral("embedding-layer"),
                 QStringLiteral("musicnn layer: %1 (default max_pool).").arg(musicnnLayerNames().join(QStringLiteral(", "))), QStringLiteral("L"),
                 QStringLiteral("max_pool")});
    p.addOption({QStringLiteral("split"), QStringLiteral("Folder of split lists (train*.txt, test*.txt, valid*.txt) for the split member."),
                 QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("genres"), QStringLiteral("Genre set: all (10, default) or gct634 (8)."), QStringLiteral("SET"), QStringLiteral("all")});
    p.addOption({QStringLiteral("cache"),
                 QStringLiteral("Feature cache folder (default: %1); musicnn's in its musicnn/ subfolder.").arg(FeatureCache::defaultDir()),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-cache"), QStringLiteral("Compute everything; read and write no cache.")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("Feature workers and LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("out"), QStringLiteral("The .npz to write (required)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON summary (shapes, clips, bytes, seconds, left out).")});
    int code = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("export-dataset"), args, 1, 1, code)) return code;
    auto usage = [](const QString &text) {
        cliErr(QStringLiteral("gtzan-cli export-dataset: %1").arg(text));
        return int(ExitUsage);
    };
    if (!p.isSet(QStringLiteral("out"))) return usage(QStringLiteral("--out FILE.npz is required"));
    if (!p.isSet(QStringLiteral("features")) && !p.isSet(QStringLiteral("embedding")))
        return usage(QStringLiteral("give --features PRESET, --embedding msd|mtt, or both"));
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    if (p.isSet(QStringLiteral("cache")) && p.isSet(QStringLiteral("no-cache")))
        return usage(QStringLiteral("--cache and --no-cache contradict each other"));

    DatasetExportOptions o;
    o.dataFolder = p.positionalArguments().first();
    o.out = p.value(QStringLiteral("out"));
    o.splitFolder = p.value(QStringLiteral("split"));
    o.threads = threads;
    if (!genreSetNames().contains(p.value(QStringLiteral("genres"))))
        return usage(
            QStringLiteral("--genres wants %1, not \"%2\"").arg(genreSetNames().join(QStringLiteral(" or ")), p.value(QStringLiteral("genres"))));
    o.genreSet = p.value(QStringLiteral("genres"));
    if (p.isSet(QStringLiteral("features"))) {
        if (!FeatureSpec::presetNames().contains(p.value(QStringLiteral("features"))))
            return usage(QStringLiteral("--features wants %1, not \"%2\"")
                             .arg(FeatureSpec::presetNames().join(QStringLiteral(", ")), p.value(QStringLiteral("features"))));
        o.features = FeatureSpec::preset(p.value(QStringLiteral("features")));
    }
    if (p.isSet(QStringLiteral("segment"))) {
        if (!o.features) return usage(QStringLiteral("--segment cuts features: give --features PRESET too"));
        if (!optionDouble(p, QStringLiteral("segment"), 0.1, FeatureSpec::kMaxSegmentSeconds, o.segmentSeconds)) return ExitUsage;
    }
    if (p.isSet(QStringLiteral("embedding"))) {
        if (!musicnnLayerNames().contains(p.value(QStringLiteral("embedding-layer"))))
            return usage(QStringLiteral("--embedding-layer wants %1, not \"%2\"")
                             .arg(musicnnLayerNames().join(QStringLiteral(", ")), p.value(QStringLiteral("embedding-layer"))));
        const QString choice = p.value(QStringLiteral("embedding")).toLower();
        if (choice != QLatin1String("msd") && choice != QLatin1String("mtt"))
            return usage(QStringLiteral("--embedding wants msd or mtt, not \"%1\"").arg(p.value(QStringLiteral("embedding"))));
        o.embedding = MusicnnEmbeddingSource::fromChoice(choice, musicnnLayerFromName(p.value(QStringLiteral("embedding-layer"))));
    }
    if (!p.isSet(QStringLiteral("no-cache"))) {
        const QString cache = p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache")) : FeatureCache::defaultDir();
        o.featureCacheDir = cache;
        // Training's layout: musicnn's cache beside the features' when a folder is given.
        o.embeddingCacheDir = p.isSet(QStringLiteral("cache")) ? cache + QStringLiteral("/musicnn") : EmbeddingCache::defaultDir();
    }
    if (threads > 0) configureTorchThreads(threads);

    const InterruptGuard ctrlC;
    o.cancel = interruptFlag();
    QElapsedTimer lastLine;
    lastLine.start();
    o.progress = [&](const DatasetExportProgress &g) {
        if (g.step == DatasetExportProgress::Step::Scanning) {
            cliErr(QStringLiteral("  scanning %1").arg(o.dataFolder));
            return;
        }
        if (g.total == 0 || (lastLine.elapsed() < 1000 && g.done != g.total)) return;
        lastLine.restart();
        cliErr(QStringLiteral("  %1 %2 of %3")
                   .arg(g.step == DatasetExportProgress::Step::Clips ? QStringLiteral("clips") : QStringLiteral("written: rows"))
                   .arg(g.done)
                   .arg(g.total));
    };
    DatasetExportSummary s;
    try {
        s = exportDataset(o);
    } catch (const Cancelled &) {
        cliErr(QStringLiteral("gtzan-cli export-dataset: cancelled; %1 not written").arg(o.out));
        return ExitFailed;
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli export-dataset: %1").arg(e.message()));
        return ExitFailed;
    }
    for (const QString &left : s.leftOut) cliErr(QStringLiteral("left out: %1").arg(left));
    if (!s.splitProblems.isEmpty())
        cliErr(QStringLiteral("note: the split lists name %1 clips this data set does not hold as listed (first: %2)")
                   .arg(s.splitProblems.size())
                   .arg(s.splitProblems.first()));
    if (p.isSet(QStringLiteral("json"))) {
        cliOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("out"), o.out},
                                                           {QStringLiteral("clips"), s.clips},
                                                           {QStringLiteral("features"), jsonArrayOf(s.featureShape)},
                                                           {QStringLiteral("embeddings"), jsonArrayOf(s.embeddingShape)},
                                                           {QStringLiteral("bytes"), s.bytes},
                                                           {QStringLiteral("cacheHits"), s.cacheHits},
                                                           {QStringLiteral("computed"), s.computed},
                                                           {QStringLiteral("leftOut"), QJsonArray::fromStringList(s.leftOut)},
                                                           {QStringLiteral("seconds"), s.wallMs / 1000.0}})
                                     .toJson(QJsonDocument::Compact)));
    } else {
        QStringList what;
        if (!s.featureShape.empty()) what << QStringLiteral("features %1").arg(shapeText(s.featureShape));
        if (!s.embeddingShape.empty()) what << QStringLiteral("embeddings %1").arg(shapeText(s.embeddingShape));
        cliOut(QStringLiteral("%1: %2 clips, %3; %4 MB in %5 s (features: %6 from the cache, %7 computed)")
                   .arg(o.out)
                   .arg(s.clips)
                   .arg(what.join(QStringLiteral(", ")))
                   .arg(double(s.bytes) / (1 << 20), 0, 'f', 1)
                   .arg(s.wallMs / 1000.0, 0, 'f', 1)
                   .arg(s.cacheHits)
                   .arg(s.computed));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("export-dataset"), QStringLiteral("write a data set's features or embeddings as a NumPy .npz"),
                            runExportDataset});

} // namespace cli
} // namespace gtzan
