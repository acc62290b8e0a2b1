// gtzan-cli get-gtzan --to DIR [--url URL --sha256 HEX] [--keep-archive] [--json]
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "download/GetGtzan.h"
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

static int runGetGtzan(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Downloads GTZAN (genres.tar.gz, about 1.2 GB) from the known mirrors, or from --url, resuming a partial download, checks "
                       "its SHA-256, unpacks it safely into DIR and scans it. Ctrl+C stops and keeps what was downloaded; run the same "
                       "command again to resume. GTZAN has no licence: it is shared for research use."));
    p.addOption({QStringLiteral("to"), QStringLiteral("The folder to put GTZAN in (created if needed)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("url"), QStringLiteral("Download from this https address instead of the known mirrors (needs --sha256)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("sha256"), QStringLiteral("The archive's SHA-256 (64 hex digits), with --url."), QStringLiteral("HEX")});
    p.addOption({QStringLiteral("keep-archive"), QStringLiteral("Keep genres.tar.gz after unpacking it.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON: {root, clips, mirror}.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("get-gtzan"), args, 0, 0, code)) return code;
    if (!p.isSet(QStringLiteral("to"))) {
        cliErr(QStringLiteral("gtzan-cli get-gtzan: --to DIR is required"));
        return ExitUsage;
    }
    GetGtzanOptions o;
    o.folder = p.value(QStringLiteral("to"));
    o.keepArchive = p.isSet(QStringLiteral("keep-archive"));
    if (p.isSet(QStringLiteral("url")) != p.isSet(QStringLiteral("sha256"))) {
        cliErr(QStringLiteral("gtzan-cli get-gtzan: --url and --sha256 go together (an archive that cannot be checked is not unpacked)"));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("url"))) {
        ArchiveMirror m;
        m.name = p.value(QStringLiteral("url"));
        m.url = QUrl(p.value(QStringLiteral("url")), QUrl::StrictMode);
        m.sha256 = normalisedSha256(p.value(QStringLiteral("sha256")));
        const QString refusal = downloadUrlRefusal(m.url);
        if (!refusal.isEmpty() || m.sha256.isEmpty()) {
            cliErr(QStringLiteral("gtzan-cli get-gtzan: %1").arg(!refusal.isEmpty() ? refusal : QStringLiteral("--sha256 is not 64 hex digits")));
            return ExitUsage;
        }
        // Sizes as the known GTZAN archive's; the checksum decides.
        const ArchiveMirror known = knownGtzanMirrors().front();
        m.bytes = known.bytes;
        m.unpackedBytes = known.unpackedBytes;
        o.mirrors = {m};
    }
    InterruptGuard guard;
    o.cancel = interruptFlag();
    o.say = [](const QString &text) { cliErr(text); };
    QElapsedTimer lastLine;
    lastLine.start();
    o.progress = [&](const GetGtzanProgress &g) {
        if (lastLine.elapsed() < 1000 && g.done != g.total) return;
        lastLine.restart();
        const qint64 mb = qint64(1) << 20;
        if (g.stage == GetGtzanProgress::Stage::Downloading) {
            const QString left = g.bytesPerSecond > 0 && g.total > 0 ? clockText(double(g.total - g.done) / g.bytesPerSecond) : QStringLiteral("?");
            cliErr(
                QStringLiteral("  %1 of %2 MB, %3 MB/s, %4 left").arg(g.done / mb).arg(g.total / mb).arg(g.bytesPerSecond / mb, 0, 'f', 1).arg(left));
        } else {
            cliErr(QStringLiteral("  %1 %2 of %3 MB")
                       .arg(g.stage == GetGtzanProgress::Stage::Verifying ? QStringLiteral("checked") : QStringLiteral("unpacked"))
                       .arg(g.done / mb)
                       .arg(g.total / mb));
        }
    };
    try {
        const GetGtzanResult r = getGtzan(o);
        if (p.isSet(QStringLiteral("json")))
            cliOut(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("root"), r.datasetRoot}, {QStringLiteral("clips"), r.clips}, {QStringLiteral("mirror"), r.mirror}})
                    .toJson(QJsonDocument::Compact)));
        else
            cliOut(
                QStringLiteral("GTZAN is in %1 (%2 clips, from %3). Open it with: gtzan-explorer %1").arg(r.datasetRoot).arg(r.clips).arg(r.mirror));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli get-gtzan: %1").arg(e.message()));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("get-gtzan"), QStringLiteral("download GTZAN, check its SHA-256 and unpack it safely"), runGetGtzan});

} // namespace cli
} // namespace gtzan
