// gtzan-cli upgrade-model FILE [--out NEW]
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include "model/ModelFileUpgrade.h"

namespace gtzan {
namespace cli {

static int runUpgradeModel(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Rewrites a model file of format 1 or 2 (GTZAN Explorer before December 2026) as format %1, which this version opens. "
                       "The old weights are read with LibTorch's archive reader, which trusts the sizes a file claims: upgrade only files "
                       "you trust.")
            .arg(kModelFileVersion));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The model file (.gtzm)."));
    p.addOption({QStringLiteral("out"), QStringLiteral("Write the upgraded model here instead of replacing FILE."), QStringLiteral("NEW")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("upgrade-model"), args, 1, 1, code)) return code;
    const QString from = p.positionalArguments().first();
    const QString to = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : from;
    try {
        const quint32 was = upgradeModelFile(from, to);
        cliOut(was == kModelFileVersion
                   ? QStringLiteral("%1: already format %2; written to %3").arg(from).arg(was).arg(to)
                   : QStringLiteral("%1: format %2 upgraded to format %3 in %4").arg(from).arg(was).arg(kModelFileVersion).arg(to));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli upgrade-model: %1").arg(e.message()));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("upgrade-model"), QStringLiteral("rewrite an older model file (format 1 or 2) in the current format"),
                            runUpgradeModel});

} // namespace cli
} // namespace gtzan
