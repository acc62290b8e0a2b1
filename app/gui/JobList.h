#pragma once
#include "tasks/TaskRunner.h"
#include <QWidget>
#include <map>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace gtzan {
namespace gui {

// The runner's listed jobs, one row each: the title (and "waiting" for a queued job), its progress
// and last line, and a Cancel button. It follows the runner's jobsChanged(); rows are updated in
// place, so a row's own Cancel click never deletes the button under it.
class JobList : public QWidget {
    Q_OBJECT
public:
    explicit JobList(gtzan::TaskRunner &runner, QWidget *parent = nullptr);
    int rowCount() const { return int(m_rows.size()); }
    QPushButton *cancelButton(int row) const; // in the list's order; nullptr when out of range

private:
    struct Row {
        QWidget *box;
        QLabel *title;
        QProgressBar *bar;
        QLabel *text;
        QPushButton *cancel;
    };
    void refresh();
    Row makeRow(gtzan::TaskRunner::TaskId id);

    gtzan::TaskRunner &m_runner;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    std::map<gtzan::TaskRunner::TaskId, Row> m_rows;
    std::vector<gtzan::TaskRunner::TaskId> m_order; // the runner's order of the rows
};

} // namespace gui
} // namespace gtzan
