#pragma once
#include "inference/Predictor.h"
#include <QJsonObject>
#include <QStringList>

namespace gtzan {

// Times file -> probabilities with one Predictor: `repeats` passes over one file (after one
// untimed warm-up pass), the median of the total and of each stage (decode / features / network),
// and for a long file the median time to its first (partial) answer, "firstAnswerMs".
QJsonObject benchmarkPrediction(const Predictor &predictor, const QString &file, int repeats);

// A long test file from real clips: decodes `clips` at their own rate (the first one's), joins
// them back to back until `seconds` are filled, and writes `out` (the format follows its
// extension, e.g. .mp3). Throws gtzan::Error.
void writeConcatenatedAudio(const QStringList &clips, double seconds, const QString &out);

} // namespace gtzan
