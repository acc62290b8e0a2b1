// gtzan-cli bench replicas [--clips 1000] [--seconds 30] [--planted 20] [--seed 1]
#include "app/bench/ReplicaBenchmark.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

int runBenchReplicas(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times the replica search over every pair of a generated set of fingerprints "
                                               "(as when they are cached), with planted near copies; prints JSON."));
    p.addOption({QStringLiteral("clips"), QStringLiteral("Fingerprints (default 1000)."), QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per clip (default 30)."), QStringLiteral("S"), QStringLiteral("30")});
    p.addOption({QStringLiteral("planted"), QStringLiteral("Near copies among them (default 20)."), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench replicas"), args, 0, 0, code)) return code;
    int clips = 1000, planted = 20, seed = 1;
    double seconds = 30;
    if (!optionInt(p, QStringLiteral("clips"), 2, 100000, clips) || !optionInt(p, QStringLiteral("planted"), 0, 100000, planted) ||
        !optionInt(p, QStringLiteral("seed"), 0, 1 << 30, seed) || !optionDouble(p, QStringLiteral("seconds"), 5, 3600, seconds))
        return ExitUsage;
    if (planted >= clips) {
        cliErr(QStringLiteral("gtzan-cli bench replicas: --planted must be below --clips"));
        return ExitUsage;
    }
    cliOut(QString::fromUtf8(QJsonDocument(benchmarkReplicaSearch(clips, seconds, planted, unsigned(seed))).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace cli
} // namespace gtzan
