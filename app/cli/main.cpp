// gtzan-cli: the headless twin of the GUI. Every command calls the same engine code the GUI uses.
#include "Version.h"
#include "app/cli/CliCommand.h"
#include "common/AllocatorTuning.h"
#include "common/Error.h"
#include "tensor/TorchRuntime.h"
#include <QCoreApplication>
#include <exception>

using namespace gtzan::cli;

static void printHelp() {
    QString text = QStringLiteral("gtzan-cli %1: explore GTZAN and train genre classifiers from the command line.\n\n"
                                  "Usage: gtzan-cli COMMAND [OPTIONS]\n       gtzan-cli COMMAND --help\n\nCommands:\n")
                       .arg(QStringLiteral(GTZAN_VERSION));
    for (const auto &[name, command] : cliCommands()) text += QStringLiteral("  %1  %2\n").arg(name, -10).arg(command.summary);
    text += QStringLiteral("\nGlobal options:\n  --version  print the version\n  --help     print this help");
    cliOut(text);
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gtzan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
    gtzan::tuneAllocatorForAudio();
    gtzan::configureTorchThreads(0); // Debian's LibTorch starts with one thread; commands may lower it
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        cliOut(QStringLiteral("gtzan-cli %1").arg(QStringLiteral(GTZAN_VERSION)));
        return ExitOk;
    }
    const QString name = args.takeFirst();
    auto it = cliCommands().find(name);
    if (it == cliCommands().end()) {
        cliErr(QStringLiteral("gtzan-cli: unknown command \"%1\". Run gtzan-cli --help for the list.").arg(name));
        return ExitUsage;
    }
    try {
        return it->second.run(args);
    } catch (const gtzan::Error &e) {
        cliErr(QStringLiteral("gtzan-cli %1: %2").arg(name, e.message()));
    } catch (const std::exception &e) {
        cliErr(QStringLiteral("gtzan-cli %1: %2").arg(name, QString::fromLocal8Bit(e.what())));
    }
    return ExitFailed;
}
