// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "app/gui/AppSettings.h"
#include "app/gui/ApplicationSetup.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StartupArguments.h"
#include "app/gui/Theme.h"
#include "tasks/TaskRunner.h"
#include <QApplication>
#include <QTimer>
#include <cstdio>

using namespace gtzan::gui;

int main(int argc, char **argv) {
    if (ApplicationSetup::onlyAsksForHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        ApplicationSetup::nameTheApplication();
        Language::installFromSettings();
        const StartupArguments args = parseStartupArguments(core.arguments());
        std::fputs(qPrintable(args.helpShown ? args.helpText : args.error + QLatin1Char('\n')), args.helpShown ? stdout : stderr);
        return args.helpShown ? 0 : 2;
    }
    QApplication app(argc, argv);
    ApplicationSetup::nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral(GTZAN_APP_ID));
    const QString deviceNote = ApplicationSetup::prepareWindowProcess();

    const StartupArguments args = parseStartupArguments(app.arguments());
    if (!args.error.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(args.error), qPrintable(args.helpText));
        return 2;
    }
    // --theme NAME: this start only, without changing the saved preference.
    Theme::apply(args.theme.isEmpty() ? AppSettings::theme() : args.theme);
    if (!deviceNote.isEmpty()) qWarning("%s", qPrintable(deviceNote));
    MainWindow window;
    if (args.presentation) window.setPresentationMode(true, false);
    window.show();
    if (args.quitAfterMs >= 0) QTimer::singleShot(args.quitAfterMs, &app, &QApplication::quit);
    window.openStartupPaths(args.paths);
    const int status = app.exec();
    // Whatever still runs in the background is cancelled; the window closes without waiting for
    // a long computation (only a bounded moment for the work to notice).
    gtzan::TaskRunner::instance().shutdown();
    return status;
}
