#include "OffscreenScreen.h"
#include <QByteArray>
#include <QDir>
#include <QFile>

namespace testsupport {

bool useOffscreenScreen(const QSize &size, const QString &dir) {
    QFile config(QDir(dir).filePath(QStringLiteral("offscreen-screen.json")));
    if (!config.open(QIODevice::WriteOnly)) return false;
    config.write(
        QStringLiteral(
            R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            .arg(size.width())
            .arg(size.height())
            .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config.fileName()).toUtf8());
    return true;
}

} // namespace testsupport
