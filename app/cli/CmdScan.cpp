// gtzan-cli scan DIR [--genres gct634|all] [--json]
#include "CliCommand.h"
#include "CliParser.h"
#include "dataset/DatasetScan.h"
#include <QJsonDocument>

static QString hms(double seconds) {
    const qint64 s = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

static int runScan(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Scans a GTZAN folder (genres/ or genres_original/ layout, or the folder above or "
                                               "below it) and prints per-genre counts, total duration, formats and problems."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The GTZAN root."));
    p.addOption({QStringLiteral("genres"), QStringLiteral("Genre set: all (10, default) or gct634 (8)."), QStringLiteral("SET"), QStringLiteral("all")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("scan"), args, 1, 1, code)) return code;
    gtzan::ScanOptions options;
    options.genres = gtzan::genreSet(p.value(QStringLiteral("genres")));
    const gtzan::DatasetScan scan = gtzan::scanGtzan(p.positionalArguments().first(), options);

    if (p.isSet(QStringLiteral("json"))) {
        cliOut(QString::fromUtf8(QJsonDocument(scan.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        QString t = QStringLiteral("%1 (layout %2)\n").arg(scan.genreRoot, scan.layout);
        const auto counts = scan.countsByGenre();
        for (const QString &g : scan.genres) t += QStringLiteral("  %1 %2\n").arg(g, -10).arg(counts.value(g), 4);
        t += QStringLiteral("  %1 %2 clips, %3\n").arg(QStringLiteral("total"), -10).arg(int(scan.clips.size()), 4).arg(hms(scan.totalSeconds()));
        t += QStringLiteral("Formats:\n");
        const auto formats = scan.formats();
        for (auto it = formats.begin(); it != formats.end(); ++it) t += QStringLiteral("  %1 x %2\n").arg(it.value(), 4).arg(it.key());
        t += QStringLiteral("Problems: %1\n").arg(scan.problems.size());
        for (const QString &pr : scan.problems) t += QStringLiteral("  %1\n").arg(pr);
        cliOut(t.trimmed());
    }
    return scan.clips.empty() ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("scan"), QStringLiteral("scan a GTZAN folder: counts, duration, formats, problems"), runScan});
