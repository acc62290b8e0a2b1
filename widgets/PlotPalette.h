#pragma once

class QCustomPlot;
class QObject;

namespace gtzan {
namespace widgets {

// QCustomPlot paints with its own fixed colours (white background, black axes); these give every
// plot the application palette's instead, so plots follow a dark theme. Data colours (colour maps,
// graph pens) are left alone: they carry meaning.
namespace plotpalette {

// Background, axes, ticks, labels, grid and legend from plot->palette(); replots.
void style(QCustomPlot *plot);

// Presentation mode: fonts and lines of every plot drawn `scale` times their own size (1: as made).
// Each plot's own sizes are kept, so switching back restores them exactly.
void setScale(double scale);
double scale();

// Styles every plot that exists and, through an application event filter installed on first call,
// every plot shown later or whose palette changes.
void restyleAllPlots();

} // namespace plotpalette

} // namespace widgets
} // namespace gtzan
