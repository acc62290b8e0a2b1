#pragma once
#include "inference/PredictionBatch.h"
#include <QDialog>

class QPushButton;

namespace gtzan {
namespace gui {

// What the model is beside its confusion matrix (and, for a calibrated model, its reliability
// diagram on a second page): Model details... of the Predict tab. With the model's path, it also
// offers Export to PyTorch... (model/PyTorchExport.h, as `gtzan-cli export` does), run as a task.
class ModelDetailsDialog : public QDialog {
    Q_OBJECT
public:
    ModelDetailsDialog(const gtzan::ModelSummary &summary, const QString &infoText, QWidget *parent = nullptr, const QString &modelPath = QString());
    QPushButton *exportButton() const { return m_export; } // null without a model path
    // Exports to `dir` (asks for a folder when empty); the answer comes as a message box, or to
    // exportFinished for tests.
    void exportToPyTorch(const QString &dir = QString());

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    QString m_modelPath;
    QPushButton *m_export = nullptr;
};

} // namespace gui
} // namespace gtzan
