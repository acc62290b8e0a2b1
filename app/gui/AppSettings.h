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

// LibTorch's intra-op threads: the saved count, 0 for automatic (every core but one, which the
// window keeps for itself and playback). Set once at start and again when Preferences change,
// always on the GUI thread and never from a task: jobs share the machine instead of each setting
// it to what its recipe says.
int computeThreads();
void setComputeThreads(int threads);
int automaticComputeThreads();
int effectiveComputeThreads(); // the saved count, or the automatic one
// Applies effectiveComputeThreads() to LibTorch; returns the count in effect. LibTorch reads the
// count when a thread first computes, so a change reaches the jobs that start on a thread which
// has not computed yet (the runner's idle threads retire after 30 s); a running job keeps its own.
int applyComputeThreads();
// Keys of values other classes store themselves.
inline constexpr char WindowGeometryKey[] = "window/geometry";
inline constexpr char WindowStateKey[] = "window/state";
inline constexpr char WindowTabKey[] = "window/tab";
inline constexpr char PresentationKey[] = "window/presentation";
inline constexpr char SpectrogramGroup[] = "spectrogram";

} // namespace AppSettings

} // namespace gui
} // namespace gtzan
