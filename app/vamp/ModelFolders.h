#pragma once
// Where the Vamp plugin looks for model files (ModelChoice.h reads what it finds). No path of
// this machine is compiled in:
//  - a build tree: beside the plugin, CMake writes gtzan-vamp-build-tree.txt (never installed),
//    whose "models=" line names the checkout's resources/models relative to the plugin's folder;
//  - installed: gtzan-explorer/models/ in the XDG data folders ($XDG_DATA_HOME, then
//    $XDG_DATA_DIRS: ~/.local/share, /usr/local/share, /usr/share), where the package puts the
//    starter models and where a user may put models of their own.
#include <QString>
#include <QStringList>

namespace gtzan {
namespace vamp {

// The folders, in that order (those that exist or not: for messages that say where it looked).
QStringList modelFolders();
// The *.gtzm files in them, in folder order (at most kMaxModels a folder), as canonical paths.
QStringList findModelFiles(const QStringList &folders);

// The marker's name, for CMake's side.
inline constexpr const char kVampBuildTreeMarker[] = "gtzan-vamp-build-tree.txt";

} // namespace vamp
} // namespace gtzan
