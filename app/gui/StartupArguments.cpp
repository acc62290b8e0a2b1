#include "app/gui/StartupArguments.h"
#include <QCommandLineParser>
#include <QCoreApplication>

namespace gtzan {
namespace gui {

StartupArguments parseStartupArguments(const QStringList &arguments) {
    StartupArguments out;
    const QStringList &args = arguments;

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
