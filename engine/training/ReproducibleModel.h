#pragma once
#include "model/TrainedModel.h"
#include <QString>

namespace gtzan {

// What differs between two trainings of the same recipe that are otherwise bit for bit the same:
// wall-clock times, and absolute paths of the checkout and the data. Removes the times and makes
// clip paths under dataFolder relative to its parent ("gtzan-sample/genres/..."), so the same
// recipe gives the same model file from the window, the CLI, or another machine.
void makeReproducible(TrainedModel &model, const QString &dataFolder);

} // namespace gtzan
