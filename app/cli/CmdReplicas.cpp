// gtzan-cli replicas DIR [--json] [--cache DIR | --no-cache] [--threshold X]
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "dataset/FeatureCache.h"
#include "studies/FolderReplicas.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

static int runReplicas(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Finds replicas among the audio files under DIR: the same audio twice, exact or near (trimmed, at another gain, "
                       "lossy-coded, filed under another genre), from Chromaprint fingerprints compared over time offsets."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("A folder of audio files (searched recursively), e.g. a GTZAN root."));
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON: {\"pairs\": [{a, b, kind, similarity, offsetSeconds}], ...}.")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Feature cache folder; fingerprints go into its fingerprints/ (default: the window's)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-cache"), QStringLiteral("Fingerprint every file afresh and keep nothing.")});
    p.addOption({QStringLiteral("threshold"),
                 QStringLiteral("Share of agreeing fingerprint bits from which two clips are replicas (0.5-1, default %1).")
                     .arg(ReplicaSearchOptions().threshold),
                 QStringLiteral("X")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("replicas"), args, 1, 1, code)) return code;
    const QString dir = p.positionalArguments().first();
    if (!QFileInfo(dir).isDir()) {
        cliErr(QStringLiteral("gtzan-cli replicas: %1 is not a folder").arg(dir));
        return ExitUsage;
    }
    ReplicaSearchOptions search;
    if (p.isSet(QStringLiteral("threshold")) && !optionDouble(p, QStringLiteral("threshold"), 0.5, 1.0, search.threshold)) return ExitUsage;
    if (p.isSet(QStringLiteral("cache")) && p.isSet(QStringLiteral("no-cache"))) {
        cliErr(QStringLiteral("gtzan-cli replicas: --cache and --no-cache exclude each other"));
        return ExitUsage;
    }
    FingerprintOptions options;
    if (!p.isSet(QStringLiteral("no-cache")))
        options.cacheDir = p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache")) : FeatureCache::defaultDir();

    FolderReplicas found;
    try {
        found = findFolderReplicas(dir, options, search);
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli replicas: %1").arg(e.message()));
        return ExitFailed;
    }
    const QStringList &files = found.files;
    const std::vector<ReplicaPair> &pairs = found.pairs;
    const double fingerprintMs = found.fingerprintMs, compareMs = found.compareMs;
    QJsonArray problems;
    for (const QString &problem : found.problems) problems.append(problem);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ReplicaPair &r : pairs)
            list.append(QJsonObject{{QStringLiteral("a"), files[r.a]},
                                    {QStringLiteral("b"), files[r.b]},
                                    {QStringLiteral("kind"), r.exact ? QStringLiteral("exact") : QStringLiteral("near")},
                                    {QStringLiteral("similarity"), r.similarity},
                                    {QStringLiteral("offsetSeconds"), r.offsetSeconds},
                                    {QStringLiteral("overlapSeconds"), r.overlapSeconds}});
        const QJsonObject o{{QStringLiteral("pairs"), list},
                            {QStringLiteral("files"), int(files.size())},
                            {QStringLiteral("threshold"), search.threshold},
                            {QStringLiteral("fingerprintsFromCache"), found.fromCache},
                            {QStringLiteral("fingerprintsComputed"), found.computed},
                            {QStringLiteral("fingerprintMs"), fingerprintMs},
                            {QStringLiteral("compareMs"), compareMs},
                            {QStringLiteral("problems"), problems}};
        cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        const QDir root(dir);
        QString t = QStringLiteral("%1 files, %2 replica pairs (similarity >= %3; fingerprints: %4 from the cache, %5 computed, %6 s; "
                                   "comparison %7 s)\n")
                        .arg(files.size())
                        .arg(pairs.size())
                        .arg(search.threshold, 0, 'f', 2)
                        .arg(found.fromCache)
                        .arg(found.computed)
                        .arg(fingerprintMs / 1000.0, 0, 'f', 1)
                        .arg(compareMs / 1000.0, 0, 'f', 2);
        for (const ReplicaPair &r : pairs)
            t += QStringLiteral("  %1  %2  %3 s  %4  %5\n")
                     .arg(r.exact ? QStringLiteral("exact") : QStringLiteral("near "))
                     .arg(r.similarity, 0, 'f', 3)
                     .arg(r.offsetSeconds, 6, 'f', 2)
                     .arg(root.relativeFilePath(files[r.a]), root.relativeFilePath(files[r.b]));
        for (const QJsonValue &e : problems) t += QStringLiteral("  problem: %1\n").arg(e.toString());
        cliOut(t.trimmed());
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("replicas"),
                            QStringLiteral("find replicas: the same audio twice, exact or near (Chromaprint fingerprints)"), runReplicas});

} // namespace cli
} // namespace gtzan
