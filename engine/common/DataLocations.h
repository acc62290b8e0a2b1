#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {

// Where the program finds the data it does not carry: the shared folder with the sample clips,
// the musicnn .h5 weights and the reference arrays. No path is compiled in; in order:
//  1. $GTZAN_SHARED, when set (even when it does not exist: setting it is a decision);
//  2. a build tree: the executable's folder holds gtzan-build-tree.txt, which CMake writes and
//     never installs; its "shared=" line names the folder relative to the executable's;
//  3. installed: gtzan-explorer/ in the XDG data folders ($XDG_DATA_HOME, then $XDG_DATA_DIRS,
//     e.g. ~/.local/share, /usr/local/share, /usr/share).
// sharedDataDir() is the first of these that exists (or $GTZAN_SHARED as set); empty when none does.
QString sharedDataDir();
// Every place sharedDataDir() looks, in its order (for messages that say where it looked).
QStringList sharedDataSearchPath();
// The first place of the search path that holds `relative` (a file or folder, e.g.
// "data/splits/gct634-8genre/train.txt"), as a full path; empty when none does. Unlike
// sharedDataDir() it looks past a place that exists without it: an installed program's user
// folder (~/.local/share/gtzan-explorer, where the window keeps its own data) comes before
// /usr/share/gtzan-explorer, which holds what the package installed.
QString sharedDataFile(const QString &relative);

// The marker's name, for CMake's side and for tests.
inline constexpr const char kBuildTreeMarker[] = "gtzan-build-tree.txt";

} // namespace gtzan
