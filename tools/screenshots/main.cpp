// gtzan-screenshots: GTZAN Explorer's window, driven to one state and saved as a PNG (the
// documentation's screenshots, docs/development.md). A development tool; not installed.
#include "ScreenshotArguments.h"
#include "ScreenshotMode.h"
#include "app/gui/AppSettings.h"
#include "app/gui/ApplicationSetup.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Theme.h"
#include "tasks/TaskRunner.h"
#include <QApplication>
#include <cstdio>

using namespace gtzan::gui;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    ApplicationSetup::nameTheApplication();
    const QString deviceNote = ApplicationSetup::prepareWindowProcess();
    const ScreenshotArguments args = parseScreenshotArguments(app.arguments());
    if (args.helpShown || !args.error.isEmpty()) {
        std::fprintf(args.helpShown ? stdout : stderr, "%s%s", qPrintable(args.error.isEmpty() ? QString() : args.error + QStringLiteral("\n\n")),
                     qPrintable(args.helpText));
        return args.helpShown ? 0 : 2;
    }
    if (!args.language.isEmpty()) Language::install(args.language); // this start only, before any widget
    Theme::apply(args.theme.isEmpty() ? AppSettings::theme() : args.theme);
    if (!deviceNote.isEmpty()) qWarning("%s", qPrintable(deviceNote));
    MainWindow window;
    if (args.presentation) window.setPresentationMode(true, false);
    window.show();
    ScreenshotMode::setUp(window, args);
    window.openStartupPaths(args.paths);
    const int status = app.exec();
    gtzan::TaskRunner::instance().shutdown();
    return status;
}
