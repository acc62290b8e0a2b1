#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

// The window's colours: "system" (the platform's style and palette), "light" or "dark" (Qt's
// Fusion style with a light or dark palette, the same on every desktop). Plots follow the palette
// (widgets/PlotPalette.h), so a dark theme has dark plots too.
namespace Theme {

QStringList names();                      // "system", "light", "dark"
QString displayName(const QString &name); // translated, for menus and Preferences
// Applies a theme to the running application (unknown names mean "system"); returns the name applied.
QString apply(const QString &name);
QString current();

// Presentation mode: the application's font and every plot's fonts and lines `scale` times their
// normal size (1: normal). Widgets made later get it too.
inline constexpr double kPresentationScale = 1.5;
void setScale(double scale);
double scale();

} // namespace Theme

} // namespace gui
} // namespace gtzan
