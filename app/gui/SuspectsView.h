#pragma once
#include "app/gui/StudyRun.h"
#include "studies/SuspectLabels.h"
#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace gtzan {
namespace gui {

class ClipPlayback;

// Suspect labels: every clip of the folder ranked by how unlikely out-of-fold models on musicnn
// embeddings find the genre it is filed under. Sortable; Play (Space) and "Show in browser".
class SuspectsView : public QWidget {
    Q_OBJECT
public:
    explicit SuspectsView(QWidget *parent = nullptr);
    ~SuspectsView() override;
    void setFolder(const QString &folder);
    void rank();
    const gtzan::SuspectReport &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    TaskControls *controls() const { return m_controls; }

Q_SIGNALS:
    void showInBrowserRequested(const QString &path);
    void message(const QString &text);

private:
    void showResult(const gtzan::SuspectReport &result);
    QString currentPath() const;

    QString m_folder;
    TaskControls *m_controls;
    StudyRun m_run; // after m_controls: it shows in them
    QSpinBox *m_folds;
    QTableWidget *m_table;
    ClipPlayback *m_playback;
    gtzan::SuspectReport m_result;
};

} // namespace gui
} // namespace gtzan
