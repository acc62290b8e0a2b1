#pragma once
#include "app/gui/JobText.h"
#include "app/gui/TaskControls.h"
#include "tasks/TaskRunner.h"
#include <QStringList>
#include <functional>

class QTableWidget;

namespace gtzan {
namespace gui {

// How the Faults tab's studies (replicas, suspects, leakage, sweep) run: as a heavy job with a
// title that waits for another long job rather than share the machine, shown in the view's
// TaskControls (running, progress, the waiting line, the error or "Cancelled."), its Cancel
// button wired to it. The view gives the work and what to do with the result, nothing else.
class StudyRun {
public:
    StudyRun(QObject *owner, TaskControls *controls, const QString &kind);

    template <typename R> void start(const QString &title, std::function<R(gtzan::TaskContext &)> work, std::function<void(const R &)> onResult) {
        m_controls->setRunning(true);
        TaskControls *controls = m_controls; // a child of the owner: alive whenever a callback runs
        const gtzan::TaskRunner::TaskId id = gtzan::TaskRunner::instance().start<R>(
            m_owner, m_kind, gtzan::JobOptions::heavy(title), std::move(work),
            [controls, onResult = std::move(onResult)](R result) {
                controls->setRunning(false);
                onResult(result);
            },
            [controls](const gtzan::TaskError &e) { finished(controls, e); },
            [controls](double fraction, const QString &text) { controls->setProgress(fraction, text); });
        showWaiting(id);
    }
    void cancel() const;

private:
    static void finished(TaskControls *controls, const gtzan::TaskError &error);
    void showWaiting(gtzan::TaskRunner::TaskId id) const;

    QObject *m_owner;
    TaskControls *m_controls;
    QString m_kind;
};

// The studies' result tables: whole rows selected one at a time, read-only, no row numbers, the
// last column taking the rest of the width.
void setUpStudyTable(QTableWidget *table, const QString &objectName, const QStringList &headers);

} // namespace gui
} // namespace gtzan
