#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

// What the window remembers between sessions (QSettings, organisation/application set by main()),
// by name in one place so the window, the Preferences dialog and main() agree on the keys.
namespace AppSettings {

// The data set folder opened on start (the last one opened, or the one set in Preferences).
QString dataFolder();
void setDataFolder(const QString &folder);

// Recently opened audio files and data set folders, newest first, at most MaxRecent, no duplicates.
inline constexpr int MaxRecent = 10;
QStringList recentPaths();
void addRecentPath(const QString &path);
void setRecentPaths(const QStringList &newestFirst); // cleaned, de-duplicated, cut to MaxRecent
void removeRecentPath(const QString &path);
void clearRecentPaths();

// "system", "light" or "dark" (see Theme.h).
QString theme();
void setTheme(const QString &name);

// Where networks run: "auto", "cpu" or "cuda" (TorchRuntime.h's DeviceChoice).
QString computeDevice();
void setComputeDevice(const QString &name);
// Selects the saved device for this process; empty when it could be, else why the CPU is used.
QString applyComputeDevice();
// Keys of values other classes store themselves.
inline constexpr char WindowGeometryKey[] = "window/geometry";
inline constexpr char WindowStateKey[] = "window/state";
inline constexpr char WindowTabKey[] = "window/tab";
inline constexpr char PresentationKey[] = "window/presentation";
inline constexpr char SpectrogramGroup[] = "spectrogram";

} // namespace AppSettings

} // namespace gui
} // namespace gtzan
