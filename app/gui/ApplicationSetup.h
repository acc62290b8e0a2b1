#pragma once
#include <QString>

namespace gtzan {
namespace gui {

// What every program that shows the window does first (gtzan-explorer, and gtzan-screenshots,
// which drives it for the documentation's pictures), so both start the same window.
namespace ApplicationSetup {
// Application name, organisation (QSettings) and version.
void nameTheApplication();
// True when the arguments only ask for --help or --version: those answer in a terminal without a
// display, so no window system is needed.
bool onlyAsksForHelp(int argc, char **argv);
// After the QApplication exists and before any widget: the icon, the language, the allocator,
// LibTorch's threads and the compute device from Preferences. Returns a note for the log when
// the saved device could not be used (empty otherwise).
QString prepareWindowProcess();
} // namespace ApplicationSetup

} // namespace gui
} // namespace gtzan
