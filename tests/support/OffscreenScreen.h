#pragma once
#include <QSize>
#include <QString>

namespace testsupport {

// Makes the offscreen platform (QT_QPA_PLATFORM=offscreen, as ctest sets it) show one screen of
// `size` pixels at 96 dpi, instead of its default 800x600: a window that fits a laptop's 1366x768
// does not fit 800x600, and a test of what a window remembers needs room for it. Writes a platform
// configuration file under `dir` and points QT_QPA_PLATFORM at it; call it before QApplication
// exists (in a test's own main). Returns false when the file cannot be written.
bool useOffscreenScreen(const QSize &size, const QString &dir);

} // namespace testsupport
