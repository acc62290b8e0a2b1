// gtzan-cli map DIR --embedding msd|mtt|MODEL.gtzm [--layer L] [--method tsne|pca] [--seed N] --out MAP.json
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "embedding/EmbeddingCache.h"
#include "inference/FolderMap.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gtzan {
namespace cli {

static int runMap(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes a 2-D map of every clip under DIR (a GTZAN-style folder): their embeddings projected "
                                               "by t-SNE (exact) or PCA, as JSON {\"points\": [{clip, path, genre, x, y}], ...}."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("A folder of genre folders."));
    p.addOption({QStringLiteral("embedding"), QStringLiteral("msd or mtt (pretrained musicnn, default msd), or a trained model file (.gtzm)."),
                 QStringLiteral("E"), QStringLiteral("msd")});
    p.addOption({QStringLiteral("layer"), QStringLiteral("musicnn layer: max_pool (default), mean_pool, penultimate or taggram."),
                 QStringLiteral("L"), QStringLiteral("max_pool")});
    p.addOption({QStringLiteral("method"), QStringLiteral("tsne (default) or pca."), QStringLiteral("M"), QStringLiteral("tsne")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("t-SNE's random start (default 1): the same seed gives the same map."), QStringLiteral("N"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("perplexity"), QStringLiteral("t-SNE's perplexity (default 30; lowered for small folders)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("iterations"), QStringLiteral("t-SNE's steps (default 1000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("place"), QStringLiteral("Also place this audio file on the map (may be repeated): listed under \"placed\"."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("musicnn embedding cache folder (default: the window's)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-cache"), QStringLiteral("Embed every file afresh and keep nothing.")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output JSON file (required)."), QStringLiteral("OUT")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("map"), args, 1, 1, code)) return code;
    if (!p.isSet(QStringLiteral("out"))) {
        cliErr(QStringLiteral("gtzan-cli map: --out MAP.json is required"));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("cache")) && p.isSet(QStringLiteral("no-cache"))) {
        cliErr(QStringLiteral("gtzan-cli map: --cache and --no-cache exclude each other"));
        return ExitUsage;
    }
    FolderMapOptions options;
    try {
        options.projection.method = projectionMethodFromName(p.value(QStringLiteral("method")));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli map: %1").arg(e.message()));
        return ExitUsage;
    }
    int seed = 1;
    if (!optionInt(p, QStringLiteral("seed"), 0, 2147483647, seed)) return ExitUsage;
    options.projection.seed = unsigned(seed);
    if (p.isSet(QStringLiteral("perplexity")) && !optionDouble(p, QStringLiteral("perplexity"), 1, 200, options.projection.perplexity))
        return ExitUsage;
    if (p.isSet(QStringLiteral("iterations")) && !optionInt(p, QStringLiteral("iterations"), 1, 100000, options.projection.iterations))
        return ExitUsage;
    if (!p.isSet(QStringLiteral("no-cache")))
        options.cacheDir = p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache")) : EmbeddingCache::defaultDir();
    try {
        const MapSource source = MapSource::fromChoice(p.value(QStringLiteral("embedding")), p.value(QStringLiteral("layer")));
        const FolderMap map = mapFolder(p.positionalArguments().first(), source, options);
        QJsonObject o = map.toJson();
        o.insert(QStringLiteral("seed"), seed);
        QJsonArray placed;
        std::unique_ptr<EmbeddingCache> cache;
        if (!options.cacheDir.isEmpty()) cache = std::make_unique<EmbeddingCache>(options.cacheDir);
        for (const QString &file : p.values(QStringLiteral("place"))) {
            const auto xy = placeOnMap(map.projection, source.embeddingOfFile(file, cache.get()));
            placed.append(QJsonObject{{QStringLiteral("path"), file}, {QStringLiteral("x"), xy.first}, {QStringLiteral("y"), xy.second}});
        }
        o.insert(QStringLiteral("placed"), placed);
        QSaveFile out(p.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !commitExport(out))
            throw Error(QStringLiteral("cannot write %1: %2").arg(p.value(QStringLiteral("out")), out.errorString()));
        cliOut(QStringLiteral("%1 clips mapped from %2 (%3) with %4: silhouette by genre %5; embeddings %6 s, projection %7 s%8")
                   .arg(map.points.size())
                   .arg(map.source)
                   .arg(map.folder)
                   .arg(projectionMethodName(map.projection.method))
                   .arg(map.silhouette, 0, 'f', 3)
                   .arg(map.embedSeconds, 0, 'f', 1)
                   .arg(map.projectSeconds, 0, 'f', 1)
                   .arg(map.problems.isEmpty() ? QString() : QStringLiteral("; left off: ") + map.problems.join(QStringLiteral("; "))));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli map: %1").arg(e.message()));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("map"), QStringLiteral("a 2-D map (t-SNE or PCA) of a folder's clip embeddings"), runMap});

} // namespace cli
} // namespace gtzan
