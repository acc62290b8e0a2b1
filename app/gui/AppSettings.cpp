#include "app/gui/AppSettings.h"
#include "tensor/TorchRuntime.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <algorithm>

namespace gtzan {
namespace gui {

namespace AppSettings {

namespace {
const QString kDataFolder = QStringLiteral("browser/lastFolder"); // the key the first releases used
const QString kRecent = QStringLiteral("recent/paths");
const QString kTheme = QStringLiteral("ui/theme");
const QString kThreads = QStringLiteral("compute/threads");
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

QString computeDevice() {
    const QString name = QSettings().value(QStringLiteral("compute/device"), QStringLiteral("auto")).toString();
    DeviceChoice choice;
    return parseDeviceChoice(name.toStdString(), choice) ? QString::fromLatin1(deviceChoiceName(choice)) : QStringLiteral("auto");
}

void setComputeDevice(const QString &name) { QSettings().setValue(QStringLiteral("compute/device"), name); }

QString applyComputeDevice() {
    DeviceChoice choice = DeviceChoice::Auto;
    parseDeviceChoice(computeDevice().toStdString(), choice);
    if (selectComputeDevice(choice)) return {};
    selectComputeDevice(DeviceChoice::Cpu);
    return QCoreApplication::translate("AppSettings",
                                       "CUDA was chosen in Preferences, but this LibTorch has no usable GPU: the networks run on the CPU.");
}

int computeThreads() { return std::max(0, QSettings().value(kThreads, 0).toInt()); }

void setComputeThreads(int threads) { QSettings().setValue(kThreads, std::max(0, threads)); }

int automaticComputeThreads() { return std::max(1, QThread::idealThreadCount() - 1); }

int effectiveComputeThreads() { return computeThreads() > 0 ? computeThreads() : automaticComputeThreads(); }

int applyComputeThreads() { return configureTorchThreads(effectiveComputeThreads()); }

} // namespace AppSettings

} // namespace gui
} // namespace gtzan
