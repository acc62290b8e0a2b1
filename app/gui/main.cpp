// gtzan-explorer: the GUI. Wiring only; the work is in the engine and the widgets.
#include "MainWindow.h"
#include "Version.h"
#include "tensor/TorchRuntime.h"
#include <QApplication>
#include <QDir>
#include <QFileInfo>

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
        window.openAudioFile(args.at(1));
    } else {
        // The embedded default: the real sample beside the checkout, when it is there.
        const QString sample = QStringLiteral(GTZAN_SHARED_DIR_DEFAULT "/data/gtzan-sample/genres/blues/blues.00000.wav");
        if (QFileInfo::exists(sample)) window.openAudioFile(sample);
    }
    return app.exec();
}
