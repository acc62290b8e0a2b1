// gtzan-cli scan DIR [--genres gct634|all] [--json]
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/ClockText.h"
#include "dataset/DatasetScan.h"
#include "faults/KnownFaults.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

static int runScan(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Scans a GTZAN folder (genres/ or genres_original/ layout, or the folder above or "
                                               "below it) and prints per-genre counts, total duration, formats, problems and known faults."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The GTZAN root."));
    p.addOption(
        {QStringLiteral("genres"), QStringLiteral("Genre set: all (10, default) or gct634 (8)."), QStringLiteral("SET"), QStringLiteral("all")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("scan"), args, 1, 1, code)) return code;
    gtzan::ScanOptions options;
    options.genres = gtzan::genreSet(p.value(QStringLiteral("genres")));
    const gtzan::DatasetScan scan = gtzan::scanGtzan(p.positionalArguments().first(), options);
    const std::vector<KnownFault> faults = faultsOf(scan);

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = scan.toJson();
        o.insert(QStringLiteral("faults"), faultsToJson(faults));
        cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QString t = QStringLiteral("%1 (layout %2)\n").arg(scan.genreRoot, scan.layout);
        const auto counts = scan.countsByGenre();
        for (const QString &g : scan.genres) t += QStringLiteral("  %1 %2\n").arg(g, -10).arg(counts.value(g), 4);
        t += QStringLiteral("  %1 %2 clips, %3\n")
                 .arg(QStringLiteral("total"), -10)
                 .arg(int(scan.clips.size()), 4)
                 .arg(gtzan::clockText(scan.totalSeconds(), gtzan::ClockPrecision::Hours));
        t += QStringLiteral("Formats:\n");
        const auto formats = scan.formats();
        for (auto it = formats.begin(); it != formats.end(); ++it) t += QStringLiteral("  %1 x %2\n").arg(it.value(), 4).arg(it.key());
        t += QStringLiteral("Problems: %1\n").arg(scan.problems.size());
        for (const QString &pr : scan.problems) t += QStringLiteral("  %1\n").arg(pr);
        t += QStringLiteral("Known faults: %1 (clips the fault-filtered split leaves out)\n").arg(faults.size());
        for (const KnownFault &f : faults) t += QStringLiteral("  %1\n").arg(f.clip);
        cliOut(t.trimmed());
    }
    return scan.clips.empty() ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("scan"), QStringLiteral("scan a GTZAN folder: counts, duration, formats, problems"), runScan});

} // namespace cli
} // namespace gtzan
