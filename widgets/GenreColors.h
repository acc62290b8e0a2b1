#pragma once
#include <QColor>
#include <QStringList>

namespace gtzan {
namespace widgets {

// One colour per genre, the same in every prediction view (bar chart, timeline, list): the known
// GTZAN genres keep a fixed colour whatever the model's genre order; others take the next free one.
namespace genrecolors {
QColor color(const QString &genre);
} // namespace genrecolors

} // namespace widgets
} // namespace gtzan
