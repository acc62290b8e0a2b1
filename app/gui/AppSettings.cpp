#include "app/gui/AppSettings.h"
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gtzan {
namespace gui {

namespace AppSettings {

namespace {
const QString kDataFolder = QStringLiteral("browser/lastFolder"); // the key the first releases used
const QString kRecent = QStringLiteral("recent/paths");
const QString kTheme = QStringLiteral("ui/theme");
} // namespace

QString dataFolder() { return QSettings().value(kDataFolder).toString(); }

void setDataFolder(const QString &folder) {
    QSettings s;
    if (folder.isEmpty()) s.remove(kDataFolder);
    else s.setValue(kDataFolder, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
}

QStringList recentPaths() { return QSettings().value(kRecent).toStringList(); }

void setRecentPaths(const QStringList &newestFirst) {
    QStringList list;
    for (const QString &path : newestFirst) {
        const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (!list.contains(clean)) list << clean;
    }
    while (list.size() > MaxRecent) list.removeLast();
    QSettings().setValue(kRecent, list);
}

void addRecentPath(const QString &path) { setRecentPaths(QStringList{path} + recentPaths()); }

void removeRecentPath(const QString &path) {
    QStringList list = recentPaths();
    list.removeAll(path);
    setRecentPaths(list);
}

void clearRecentPaths() { QSettings().remove(kRecent); }

QString theme() {
    const QString name = QSettings().value(kTheme, QStringLiteral("system")).toString();
    return name == QLatin1String("light") || name == QLatin1String("dark") ? name : QStringLiteral("system");
}

void setTheme(const QString &name) { QSettings().setValue(kTheme, name); }

} // namespace AppSettings

} // namespace gui
} // namespace gtzan
