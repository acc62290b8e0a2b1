#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

class PredictionQueueModel;

// The Predict tab's answers as a CSV file (the engine's writePredictionCsv: file, genre,
// confidence, seconds, one column per genre, error): the finished rows, in list order. Returns how
// many were written; throws gtzan::Error naming the file when it cannot be written.
int exportPredictionCsv(const PredictionQueueModel &rows, const QStringList &genres, const QString &path);

} // namespace gui
} // namespace gtzan
