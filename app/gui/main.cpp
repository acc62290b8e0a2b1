// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "AppSettings.h"
#include "Language.h"
#include "Theme.h"
#include "MainWindow.h"
#include "ScreenshotMode.h"
#include "Version.h"
#include "common/Error.h"
#include "dataset/DemoDataset.h"
#include "common/AllocatorTuning.h"
#include "tensor/TorchRuntime.h"
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

// The embedded default when neither a remembered folder nor ../shared's sample exists: a small
// synthetic data set the engine writes once (a few seconds, off the GUI thread), clearly labelled.
static void openDemoDataset(MainWindow &window) {
    window.setWindowTitle(QObject::tr("GTZAN Explorer - making the synthetic demo data set..."));
    auto *watcher = new QFutureWatcher<QString>(&window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, &window, [&window, watcher] {
        watcher->deleteLater();
        const QString root = watcher->result();
        if (root.isEmpty()) {
            window.setWindowTitle(QObject::tr("GTZAN Explorer"));
            return;
        }
        window.openFolder(root);
        window.setWindowTitle(QObject::tr("GTZAN Explorer - SYNTHETIC demo data (File > Open folder for a real GTZAN)"));
    });
    watcher->setFuture(QtConcurrent::run([] {
        try {
            return gtzan::ensureDemoDataset(gtzan::defaultDemoDatasetRoot());
        } catch (const gtzan::Error &e) {
            qWarning("%s", qPrintable(e.message()));
            return QString();
        }
    }));
}

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QApplication::setOrganizationName(QStringLiteral("gtzan-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GTZAN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gtzan-explorer.svg")));
    Language::installFromSettings();   // before any widget exists, so every tr() is translated
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

    MainWindow window;
    window.show();
    // --quit-after MS: quit by itself with status 0 (CI starts the installed app under xvfb-run).
    const int quitAfter = args.indexOf(QStringLiteral("--quit-after"));
    if (quitAfter > 0 && quitAfter + 1 < args.size()) {
        QTimer::singleShot(args.at(quitAfter + 1).toInt(), &app, &QApplication::quit);
        args.remove(quitAfter, 2);
    }
    ScreenshotMode::setUp(window, args);
    if (args.size() > 1) {
        window.openPath(args.at(1));   // a folder (data set) or one audio file
    } else {
        // The folder opened last time, else the real sample beside the checkout when it is there.
        const QString last = AppSettings::dataFolder();
        const QString sample = QStringLiteral(GTZAN_SHARED_DIR_DEFAULT "/data/gtzan-sample");
        if (!last.isEmpty() && QFileInfo(last).isDir()) window.openFolder(last);
        else if (QFileInfo(sample).isDir()) window.openFolder(sample);
        else openDemoDataset(window);
    }
    return app.exec();
}
