#pragma once
#include <QList>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace gtzan {
namespace widgets {

// One plot of a figure and the caption printed above it (empty: none).
struct FigurePanel {
    QCustomPlot *plot = nullptr;
    QString caption;
};

// A figure to take away: the given plots stacked top to bottom in the proportions they have on
// screen, drawn afresh at `size` pixels under a title line, as PNG (raster) or SVG (vectors and
// text; the colour maps stay images), chosen by the file's extension. Written through QSaveFile:
// a failed export leaves an existing file as it was. Throws gtzan::Error with the reason.
void exportFigure(const QList<FigurePanel> &panels, const QString &title, const QString &path, const QSize &size);

// The sizes offered, and the range accepted (a figure for a slide up to a poster).
inline constexpr int kMinFigureSide = 200;
inline constexpr int kMaxFigureSide = 8000;

} // namespace widgets
} // namespace gtzan
