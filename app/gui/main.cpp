// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "Version.h"
#include "app/gui/AppSettings.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ScreenshotMode.h"
#include "app/gui/Theme.h"
#include "common/AllocatorTuning.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "dataset/DemoDataset.h"
#include "tasks/TaskRunner.h"
#include "tensor/TorchRuntime.h"
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>

using namespace gtzan::gui;

// The embedded default when neither a remembered folder nor ../shared's sample exists: a small
// synthetic data set the engine writes once (a few seconds, off the GUI thread), clearly labelled.
static void openDemoDataset(MainWindow &window) {
    window.setWindowTitle(QObject::tr("GTZAN Explorer - making the synthetic demo data set..."));
    gtzan::TaskRunner::instance().start<QString>(
        &window, QStringLiteral("demo data set"),
        [](gtzan::TaskContext &task) {
            gtzan::DemoDatasetOptions options;
            options.cancel = task.cancelFlag();
            return gtzan::ensureDemoDataset(gtzan::defaultDemoDatasetRoot(), options);
        },
        [&window](const QString &root) {
            window.openFolder(root);
            window.setWindowTitle(QObject::tr("GTZAN Explorer - SYNTHETIC demo data (File > Open folder for a real GTZAN)"));
        },
        [&window](const gtzan::TaskError &e) {
            qWarning("%s", qPrintable(e.message));
            window.setWindowTitle(QObject::tr("GTZAN Explorer"));
        });
}

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QApplication::setOrganizationName(QStringLiteral("gtzan-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GTZAN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gtzan-explorer.svg")));
    Language::installFromSettings(); // before any widget exists, so every tr() is translated
    gtzan::tuneAllocatorForAudio();
    gtzan::configureTorchThreads(0);

    QStringList args = app.arguments();
    // --theme NAME: this start only (screenshots), without changing the saved preference.
    const int themeArg = args.indexOf(QStringLiteral("--theme"));
    if (themeArg > 0 && themeArg + 1 < args.size()) {
        Theme::apply(args.at(themeArg + 1));
        args.remove(themeArg, 2);
    } else {
        Theme::apply(AppSettings::theme());
    }

    const QString deviceNote = AppSettings::applyComputeDevice();
    if (!deviceNote.isEmpty()) qWarning("%s", qPrintable(deviceNote));
    MainWindow window;
    window.show();
    // --quit-after MS: quit by itself with status 0 (CI starts the installed app under xvfb-run).
    const int quitAfter = args.indexOf(QStringLiteral("--quit-after"));
    if (quitAfter > 0 && quitAfter + 1 < args.size()) {
        QTimer::singleShot(args.at(quitAfter + 1).toInt(), &app, &QApplication::quit);
        args.remove(quitAfter, 2);
    }
    ScreenshotMode::setUp(window, args);
    ScreenshotMode::setUpTraining(window, args);
    if (args.size() > 1) {
        window.openPath(args.at(1)); // a folder (data set) or one audio file
    } else {
        // The folder opened last time, else the real sample in the shared data folder when there
        // is one (beside the checkout for a build, see common/DataLocations.h).
        const QString last = AppSettings::dataFolder();
        const QString shared = gtzan::sharedDataDir();
        const QString sample = shared.isEmpty() ? QString() : shared + QStringLiteral("/data/gtzan-sample");
        if (!last.isEmpty() && QFileInfo(last).isDir()) window.openFolder(last);
        else if (QFileInfo(sample).isDir()) window.openFolder(sample);
        else openDemoDataset(window);
    }
    const int status = app.exec();
    // Whatever still runs in the background is cancelled; the window closes without waiting for
    // a long computation (only a bounded moment for the work to notice).
    gtzan::TaskRunner::instance().shutdown();
    return status;
}
