#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gtzan {
namespace gui {

// The row every long job of the Faults tab shows: its start button, a cancel button, a progress
// bar and a line of status. It only displays; the view that owns it runs the task.
class TaskControls : public QWidget {
    Q_OBJECT
public:
    explicit TaskControls(const QString &startText, QWidget *parent = nullptr);
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    void setRunning(bool running);                          // start disabled, cancel enabled, bar shown
    void setProgress(double fraction, const QString &text); // fraction < 0: busy
    void setStatus(const QString &text);

Q_SIGNALS:
    void startRequested();
    void cancelRequested();

private:
    QPushButton *m_start, *m_cancel;
    QProgressBar *m_bar;
    QLabel *m_status;
};

} // namespace gui
} // namespace gtzan
