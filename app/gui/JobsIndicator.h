#pragma once
#include <QToolButton>

class QFrame;

namespace gtzan {
class TaskRunner;
namespace gui {

class JobList;

// The status bar's word on background jobs: "1 job running, 1 waiting", hidden when there are
// none. A click opens the job list (titles, progress, Cancel) as a popup above it.
class JobsIndicator : public QToolButton {
    Q_OBJECT
public:
    explicit JobsIndicator(gtzan::TaskRunner &runner, QWidget *parent = nullptr);
    void showList();
    QFrame *popup() const { return m_popup; }
    JobList *list() const { return m_list; }

private:
    void refresh();

    gtzan::TaskRunner &m_runner;
    QFrame *m_popup;
    JobList *m_list;
};

} // namespace gui
} // namespace gtzan
