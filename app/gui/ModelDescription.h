#pragma once
#include "inference/PredictionBatch.h"
#include <QCoreApplication>
#include <QString>

namespace gtzan {
namespace gui {

// What a person is told about a model, from its summary: the whole text (Model details, the
// tooltip) and the one line above the Predict tab's list.
class ModelDescription {
    Q_DECLARE_TR_FUNCTIONS(gtzan::gui::ModelDescription)
public:
    // name: how the model is called ("Starter model", a file name); startupNote: why the model
    // remembered from last time is not the one in use (empty when it is).
    static QString infoText(const gtzan::ModelSummary &summary, const QString &name, const QString &startupNote = QString());
    static QString summaryLine(const gtzan::ModelSummary &summary, const QString &startupNote = QString());
    // The file dialog's filter wherever a model is opened: our model files and TorchScript
    // models from a notebook (with their JSON sidecar, docs/notebooks.md).
    static QString fileDialogFilter();
};

} // namespace gui
} // namespace gtzan
