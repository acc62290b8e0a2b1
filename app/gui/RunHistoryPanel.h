#pragma once
#include "training/RunHistory.h"
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gtzan {
namespace gui {

class FolderEvaluationDialog;

// The run history as a sortable table like the reference's Table 1 (model, features,
// segmentation, augmentation, train / validation / test accuracy mean ± sd over seeds, time),
// persisted in RunHistory's file. Reopen shows a run's curves and confusion matrix, Evaluate on
// folder runs its model on another folder's clips, Compare
// overlays the epoch curves of the selected runs, Delete removes runs (Undo brings the last
// deletion back), Export writes the table as CSV.
class RunHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunHistoryPanel(QWidget *parent = nullptr);

    // Loads the history file. A damaged file is kept as <file>.damaged-<time> and a new history
    // begins; loadError() and the message say so. A file that cannot be read at all is left alone
    // (new runs are then kept in memory only, so nothing is overwritten).
    void load(const QString &path = gtzan::RunHistory::defaultPath());
    void addRun(const gtzan::RunRecord &record); // appends and saves
    const gtzan::RunHistory &history() const { return m_history; }
    QString loadError() const { return m_loadError; }

    QTableWidget *table() const { return m_table; }
    QPushButton *useInPredictButton() const { return m_usePredict; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    // "Evaluate on folder...": a dialog that evaluates the model on the folder's clips (non-modal,
    // deletes itself when closed). The button asks for the folder, starting at the run's data.
    FolderEvaluationDialog *evaluateOnFolder(const QString &modelPath, const QString &folder);
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    void deleteSelected();
    void undoDelete();
    QString toCsv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void reopenRequested(const QString &id);
    void useInPredictRequested(const QString &modelPath); // the selected run's model file
    void compareRequested(const QStringList &ids);
    void message(const QString &text);

private:
    void refresh();
    void save();
    void updateButtons();

    gtzan::RunHistory m_history;
    QString m_loadError;
    bool m_unreadable = false; // the history file could not be read: never write over it
    QTableWidget *m_table;
    QPushButton *m_reopen, *m_compare, *m_delete, *m_undo, *m_export, *m_usePredict, *m_evaluate;
    std::vector<std::pair<size_t, gtzan::RunRecord>> m_deleted; // the last deletion, for undo
};

} // namespace gui
} // namespace gtzan
