#include "app/gui/StartupArguments.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <utility>
#include <vector>

namespace gtzan {
namespace gui {

namespace {
// ScreenshotMode's options and how many values each takes. They are for the documentation's
// screenshots and CI, so --help does not list them (docs/development.md does).
const std::vector<std::pair<QString, int>> &screenshotOptions() {
    static const std::vector<std::pair<QString, int>> options{{QStringLiteral("--screenshot"), 1}, {QStringLiteral("--experiment"), 1},
                                                              {QStringLiteral("--seeds"), 1},      {QStringLiteral("--epochs"), 1},
                                                              {QStringLiteral("--map"), 0},        {QStringLiteral("--place"), 1},
                                                              {QStringLiteral("--faults"), 1},     {QStringLiteral("--sweep"), 1},
                                                              {QStringLiteral("--select"), 1},     {QStringLiteral("--predict"), 1},
                                                              {QStringLiteral("--augment"), 1},    {QStringLiteral("--seed"), 1},
                                                              {QStringLiteral("--layer"), 1},      {QStringLiteral("--train-screenshots"), 2},
                                                              {QStringLiteral("--explain"), 1},    {QStringLiteral("--compare"), 0}};
    return options;
}

// Moves the screenshot options (with their values) from `args` to the returned list.
QStringList takeScreenshotOptions(QStringList &args) {
    QStringList taken{args.value(0)};
    for (int i = 1; i < args.size();) {
        int arity = -1;
        for (const auto &[name, n] : screenshotOptions())
            if (args.at(i) == name) arity = n;
        if (arity < 0 || i + arity >= args.size()) {
            ++i;
            continue;
        }
        for (int k = 0; k <= arity; ++k) taken << args.takeAt(i);
    }
    return taken;
}
} // namespace

StartupArguments parseStartupArguments(const QStringList &arguments) {
    StartupArguments out;
    QStringList args = arguments;
    out.screenshot = takeScreenshotOptions(args);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupArguments",
        "Explore the GTZAN music-genre data set, hear and see augmentation, train genre classifiers and predict the genre of your own "
        "audio files.\n\nOne audio file opens in Explore; several are predicted in the Predict tab; a folder opens as the data set."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("StartupArguments", "Colour theme for this start: system, light or dark."),
                                   QStringLiteral("name"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QCoreApplication::translate("StartupArguments", "Start in presentation mode (large fonts and lines for a projector)."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QCoreApplication::translate("StartupArguments", "Quit by itself after MS milliseconds."), QStringLiteral("ms"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({theme, presentation, quitAfter});
    parser.addPositionalArgument(QStringLiteral("paths"), QCoreApplication::translate("StartupArguments", "Audio files or a GTZAN folder."),
                                 QStringLiteral("[FILE|FOLDER...]"));
    if (!parser.parse(args)) {
        out.error = parser.errorText();
        out.helpText = parser.helpText();
        return out;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        out.helpShown = true;
        out.helpText = parser.isSet(help)
                           ? parser.helpText()
                           : QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return out;
    }
    out.theme = parser.value(theme);
    out.presentation = parser.isSet(presentation);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        out.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || out.quitAfterMs < 0) out.error = QCoreApplication::translate("StartupArguments", "--quit-after takes a number of milliseconds.");
    }
    out.paths = parser.positionalArguments();
    return out;
}

} // namespace gui
} // namespace gtzan
