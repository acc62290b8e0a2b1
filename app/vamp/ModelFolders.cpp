#include "ModelFolders.h"
#include "ModelChoice.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <dlfcn.h>

namespace gtzan {
namespace vamp {

namespace {

// The folder this library was loaded from. A host loads the plugin by path, and there is no
// QCoreApplication of ours to ask (Sonic Visualiser's is a Qt 5 one): the dynamic loader knows.
QString pluginFolder() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void *>(&pluginFolder), &info) == 0 || !info.dli_fname) return {};
    return QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath();
}

// The build tree's models folder, from the marker beside the plugin; empty when there is none.
QString buildTreeModels() {
    const QString folder = pluginFolder();
    if (folder.isEmpty()) return {};
    QFile marker(QDir(folder).filePath(QLatin1String(kVampBuildTreeMarker)));
    if (!marker.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    while (!marker.atEnd()) {
        const QString line = QString::fromUtf8(marker.readLine(4096)).trimmed();
        if (line.startsWith(QLatin1String("models="))) return QDir::cleanPath(QDir(folder).filePath(line.mid(7)));
    }
    return {};
}

} // namespace

QStringList modelFolders() {
    QStringList folders;
    const QString buildTree = buildTreeModels();
    if (!buildTree.isEmpty()) folders << buildTree;
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir::cleanPath(dir + QStringLiteral("/gtzan-explorer/models"));
    folders.removeDuplicates();
    return folders;
}

QStringList findModelFiles(const QStringList &folders) {
    QStringList files;
    for (const QString &folder : folders) {
        const QFileInfoList found =
            QDir(folder).entryInfoList({QStringLiteral("*.gtzm")}, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDir::Name);
        for (qsizetype i = 0; i < found.size() && i < kMaxModels; ++i) {
            const QString path = found[i].canonicalFilePath();
            if (!path.isEmpty() && !files.contains(path)) files << path;
        }
    }
    return files;
}

} // namespace vamp
} // namespace gtzan
