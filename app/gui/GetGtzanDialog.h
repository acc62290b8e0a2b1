#pragma once
#include "download/GtzanMirrors.h"
#include <QDialog>
#include <vector>

class QLineEdit;
class QPlainTextEdit;

namespace gtzan {
namespace gui {

class TaskControls;

// Download GTZAN (File > Download GTZAN..., and the first-start page): a folder to put it in, then
// engine/download's getGtzan on a worker (TaskRunner): progress with speed and time left, what
// each mirror did, cancel (the partial download is kept; Start again resumes it). When the data
// set is there, datasetReady(folder) and the dialog closes.
class GetGtzanDialog : public QDialog {
    Q_OBJECT
public:
    explicit GetGtzanDialog(QWidget *parent = nullptr);
    QString folder() const;
    void setFolder(const QString &folder);
    // Where from, in order; empty (the default): the program's list (knownGtzanMirrors).
    void setMirrors(std::vector<gtzan::ArchiveMirror> mirrors) { m_mirrors = std::move(mirrors); }
    void start();
    bool running() const { return m_running; }

Q_SIGNALS:
    void datasetReady(const QString &folder);

protected:
    void reject() override; // Close while it runs: cancel first (the part file stays)

private:
    void say(const QString &text);
    void finished(bool ok, const QString &message);
    QLineEdit *m_folder;
    QPlainTextEdit *m_log;
    gtzan::gui::TaskControls *m_controls;
    bool m_running = false;
    std::vector<gtzan::ArchiveMirror> m_mirrors;
};

} // namespace gui
} // namespace gtzan
