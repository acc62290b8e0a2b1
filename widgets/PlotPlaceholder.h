#pragma once
#include <QString>

class QCustomPlot;

namespace gtzan {
namespace widgets {

// An empty plot shows a quiet line of text instead of axes with made-up ranges (a 0-5 s time axis,
// a 0-6 dB colour bar): axes hidden, the text centred. Showing data again brings the axes back.
void setPlotPlaceholder(QCustomPlot *plot, bool empty, const QString &text = QString());

} // namespace widgets
} // namespace gtzan
