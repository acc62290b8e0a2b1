#pragma once
#include "inference/PredictionBatch.h"
#include <QDialog>

namespace gtzan {
namespace gui {

// What the model is beside its confusion matrix (and, for a calibrated model, its reliability
// diagram on a second page): Model details... of the Predict tab.
class ModelDetailsDialog : public QDialog {
    Q_OBJECT
public:
    ModelDetailsDialog(const gtzan::ModelSummary &summary, const QString &infoText, QWidget *parent = nullptr);
};

} // namespace gui
} // namespace gtzan
