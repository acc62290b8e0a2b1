#pragma once
#include "app/gui/StudyRun.h"
#include "studies/FolderReplicas.h"
#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QTableWidget;

namespace gtzan {
namespace gui {

class ClipPlayback;

// The replicas of a folder (fingerprints, cached): one row per pair with its kind, similarity and
// offset. "Play A" and "Play B" (keys A and B) play the two clips aligned at the offset: switching
// keeps the moment of the music, so a class hears that they are the same recording.
class ReplicasView : public QWidget {
    Q_OBJECT
public:
    explicit ReplicasView(QWidget *parent = nullptr);
    ~ReplicasView() override;
    void setFolder(const QString &folder);
    void find();
    const gtzan::FolderReplicas &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    TaskControls *controls() const { return m_controls; }
    ClipPlayback *playback() const { return m_playback; }
    void playSide(bool b); // the current pair's A (false) or B (true), aligned with what plays

Q_SIGNALS:
    void replicaNotesChanged(const QHash<QString, QString> &noteByPath); // for the browser's badges
    void showInBrowserRequested(const QString &path);
    void message(const QString &text);

private:
    void showResult(const gtzan::FolderReplicas &result);

    QString m_folder;
    TaskControls *m_controls;
    StudyRun m_run; // after m_controls: it shows in them
    QDoubleSpinBox *m_threshold;
    QTableWidget *m_table;
    ClipPlayback *m_playback;
    gtzan::FolderReplicas m_result;
};

} // namespace gui
} // namespace gtzan
