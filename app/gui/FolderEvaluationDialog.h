#pragma once
#include "training/FolderEvaluation.h"
#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
namespace gtzan {
namespace widgets {
class ConfusionMatrixView;
} // namespace widgets
} // namespace gtzan

namespace gtzan {
namespace gui {

using widgets::ConfusionMatrixView;

// "Evaluate on folder...": a saved model on the clips of a folder (its genres, labelled by their
// folders), computed off the GUI thread by the engine's evaluateModelFileOnFolder, as
// `gtzan-cli eval` computes it. Shows progress (features, embeddings, scoring) with Cancel, then
// the clip accuracy, macro F1 and the confusion matrix; errors are shown, never fatal.
class FolderEvaluationDialog : public QDialog {
    Q_OBJECT
public:
    FolderEvaluationDialog(const QString &modelPath, const QString &folder, QWidget *parent = nullptr);

    bool isRunning() const;
    const std::optional<gtzan::FolderEvaluation> &result() const { return m_result; }
    QString summaryText() const;
    ConfusionMatrixView *matrix() const { return m_matrix; }

Q_SIGNALS:
    void evaluationFinished(bool ok); // ok: a result; else failed or cancelled (summaryText says which)

private:
    void start();

    QString m_modelPath, m_folder;
    QLabel *m_summary;
    QProgressBar *m_progress;
    ConfusionMatrixView *m_matrix;
    QDialogButtonBox *m_buttons;
    std::optional<gtzan::FolderEvaluation> m_result;
};

} // namespace gui
} // namespace gtzan
