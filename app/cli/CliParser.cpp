#include "app/cli/CliParser.h"
#include "app/cli/CliCommand.h"

namespace gtzan {
namespace cli {

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args, int minPositional, int maxPositional,
                      int &exitCode) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("gtzan-cli %1").arg(command));
    const QString usage = parser.helpText();
    if (!parser.parse(full)) {
        cliErr(QStringLiteral("gtzan-cli %1: %2\n\n%3").arg(command, parser.errorText(), usage));
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        cliOut(usage);
        exitCode = ExitOk;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        cliErr(QStringLiteral("gtzan-cli %1: wrong number of arguments (%2)\n\n%3").arg(command).arg(n).arg(usage));
        exitCode = ExitUsage;
        return false;
    }
    return true;
}

bool optionInt(const QCommandLineParser &parser, const QString &name, int lo, int hi, int &value) {
    if (!parser.isSet(name)) return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        cliErr(QStringLiteral("--%1 wants a whole number from %2 to %3, not \"%4\"").arg(name).arg(lo).arg(hi).arg(parser.value(name)));
        return false;
    }
    value = v;
    return true;
}

bool optionDouble(const QCommandLineParser &parser, const QString &name, double lo, double hi, double &value) {
    if (!parser.isSet(name)) return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < lo || v > hi) {
        cliErr(QStringLiteral("--%1 wants a number from %2 to %3, not \"%4\"").arg(name).arg(lo).arg(hi).arg(parser.value(name)));
        return false;
    }
    value = v;
    return true;
}

} // namespace cli
} // namespace gtzan
