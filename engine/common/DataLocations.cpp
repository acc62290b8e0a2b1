#include "common/DataLocations.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gtzan {

namespace {
// The build tree's shared folder, from the marker beside the executable; empty when there is none.
QString fromBuildTreeMarker() {
    if (!QCoreApplication::instance()) return {}; // applicationDirPath() needs the application object
    const QDir exeDir(QCoreApplication::applicationDirPath());
    QFile marker(exeDir.filePath(QLatin1String(kBuildTreeMarker)));
    if (!marker.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    while (!marker.atEnd()) {
        const QString line = QString::fromUtf8(marker.readLine(4096)).trimmed();
        if (line.startsWith(QLatin1String("shared="))) return QDir::cleanPath(exeDir.filePath(line.mid(7)));
    }
    return {};
}
} // namespace

QStringList sharedDataSearchPath() {
    QStringList places;
    const QString explicitDir = qEnvironmentVariable("GTZAN_SHARED");
    if (!explicitDir.isEmpty()) return {QDir::cleanPath(explicitDir)};
    const QString buildTree = fromBuildTreeMarker();
    if (!buildTree.isEmpty()) places << buildTree;
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        places << QDir::cleanPath(dir + QStringLiteral("/gtzan-explorer"));
    return places;
}

QString sharedDataFile(const QString &relative) {
    for (const QString &place : sharedDataSearchPath()) {
        const QString path = QDir(place).filePath(relative);
        if (QFileInfo::exists(path)) return QDir::cleanPath(path);
    }
    return {};
}

QString sharedDataDir() {
    const QStringList places = sharedDataSearchPath();
    if (!qEnvironmentVariable("GTZAN_SHARED").isEmpty()) return places.value(0);
    for (const QString &place : places)
        if (QFileInfo(place).isDir()) return place;
    return {};
}

} // namespace gtzan
