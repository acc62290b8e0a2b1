#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

// What `gtzan-explorer [options] [FILE|FOLDER]...` asks for, parsed with QCommandLineParser so that
// --help and --version say what the program takes. The options that take the documentation's
// screenshots belong to gtzan-screenshots (tools/screenshots), which is not installed.
struct StartupArguments {
    QStringList paths;         // folders open as a data set; audio files open (one) or are predicted (several)
    QString theme;             // --theme: this start only, the saved preference is kept
    bool presentation = false; // --presentation: large fonts and lines for a projector, this start only
    int quitAfterMs = -1;      // --quit-after MS (CI starts the installed window under xvfb-run)
    QString error;             // not empty: a usage error, to print with the help
    bool helpShown = false;    // --help or --version answered: nothing else to do
    QString helpText;          // what --help / --version print
};

// Parses the arguments (argv[0] first, as QCoreApplication::arguments() gives them).
StartupArguments parseStartupArguments(const QStringList &arguments);

} // namespace gui
} // namespace gtzan
