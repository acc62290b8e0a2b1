// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "MainWindow.h"
#include "Version.h"
#include "tensor/TorchRuntime.h"
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QApplication::setOrganizationName(QStringLiteral("gtzan-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
    gtzan::configureTorchThreads(0);

    MainWindow window;
    window.show();
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        window.openPath(args.at(1));   // a folder (data set) or one audio file
    } else {
        // The folder opened last time, else the real sample beside the checkout when it is there.
        const QString last = QSettings().value(QStringLiteral("browser/lastFolder")).toString();
        const QString sample = QStringLiteral(GTZAN_SHARED_DIR_DEFAULT "/data/gtzan-sample");
        if (!last.isEmpty() && QFileInfo(last).isDir()) window.openFolder(last);
        else if (QFileInfo(sample).isDir()) window.openFolder(sample);
    }
    return app.exec();
}
