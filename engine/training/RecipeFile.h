#pragma once
#include "training/TrainingRecipe.h"
#include <QString>

namespace gtzan {

// A training recipe on disk: TrainingRecipe::toJson, indented. Written by `gtzan-cli train
// --print-recipe` and the Train tab's Save recipe..., read by `gtzan-cli train --recipe`, the
// Train tab's Open recipe... and `gtzan-cli reproduce --plan`'s lines.

// Reads and validates; throws gtzan::Error naming the file and what is wrong (missing, too big,
// not JSON, a bad value).
TrainingRecipe loadRecipeFile(const QString &path);
// Atomically (QSaveFile): a failed write leaves an old file as it was. Throws gtzan::Error.
void saveRecipeFile(const QString &path, const TrainingRecipe &recipe);
// The text of the file saveRecipeFile writes.
QByteArray recipeFileText(const TrainingRecipe &recipe);

} // namespace gtzan
