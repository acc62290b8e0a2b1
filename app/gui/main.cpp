// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "Version.h"
#include "app/gui/AppSettings.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ScreenshotMode.h"
#include "app/gui/StartupArguments.h"
#include "app/gui/Theme.h"
#include "common/AllocatorTuning.h"
#include "tasks/TaskRunner.h"
#include <QApplication>
#include <QByteArray>
#include <QIcon>
#include <QTimer>
#include <cstdio>

using namespace gtzan::gui;

namespace {
void nameTheApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("gtzan-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
}

// --help and --version answer in a terminal without a display: no window system is needed.
bool onlyAsksForHelp(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v") return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv) {
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameTheApplication();
        Language::installFromSettings();
        const StartupArguments args = parseStartupArguments(core.arguments());
        std::fputs(qPrintable(args.helpShown ? args.helpText : args.error + QLatin1Char('\n')), args.helpShown ? stdout : stderr);
        return args.helpShown ? 0 : 2;
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral(GTZAN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gtzan-explorer.svg")));
    Language::installFromSettings(); // before any widget exists, so every tr() is translated
    gtzan::tuneAllocatorForAudio();
    AppSettings::applyComputeThreads(); // before any job runs; Preferences apply a change

    const StartupArguments args = parseStartupArguments(app.arguments());
    if (!args.error.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(args.error), qPrintable(args.helpText));
        return 2;
    }
    // --theme NAME: this start only (screenshots), without changing the saved preference.
    Theme::apply(args.theme.isEmpty() ? AppSettings::theme() : args.theme);

    const QString deviceNote = AppSettings::applyComputeDevice();
    if (!deviceNote.isEmpty()) qWarning("%s", qPrintable(deviceNote));
    MainWindow window;
    if (args.presentation) window.setPresentationMode(true, false);
    window.show();
    if (args.quitAfterMs >= 0) QTimer::singleShot(args.quitAfterMs, &app, &QApplication::quit);
    QStringList screenshot = args.screenshot;
    ScreenshotMode::setUp(window, screenshot);
    ScreenshotMode::setUpTraining(window, screenshot);
    window.openStartupPaths(args.paths);
    const int status = app.exec();
    // Whatever still runs in the background is cancelled; the window closes without waiting for
    // a long computation (only a bounded moment for the work to notice).
    gtzan::TaskRunner::instance().shutdown();
    return status;
}
