#pragma once
#include "widgets/QCustomPlotInclude.h"
#include <QStringList>

namespace gtzan {
namespace widgets {

// Colour maps for spectrograms. QCustomPlot 2.1 has no perceptually uniform map, so magma and
// viridis are built from their published colour stops; magma is the default (never jet).
namespace colormaps {
QStringList names();                            // "magma", "viridis", "grayscale", "inferno"
QCPColorGradient gradient(const QString &name); // unknown names give magma
// For values with a sign (MFCC): blue below 0, white at 0, red above (ColorBrewer's RdBu).
QCPColorGradient diverging();
} // namespace colormaps

} // namespace widgets
} // namespace gtzan
