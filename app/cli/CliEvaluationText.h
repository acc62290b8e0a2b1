#pragma once
#include "training/Evaluation.h"
#include <QString>

namespace gtzan {
namespace cli {

// An evaluation for a person: accuracy by each aggregation, the confusion matrix and per-class metrics.
QString evaluationText(const gtzan::Evaluation &ev);

} // namespace cli
} // namespace gtzan
