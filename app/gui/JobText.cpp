#include "app/gui/JobText.h"

namespace gtzan {
namespace gui {

QString JobText::waiting(gtzan::TaskRunner::TaskId id, const gtzan::TaskRunner &runner) {
    for (const gtzan::JobInfo &job : runner.jobs()) {
        if (job.id != id) continue;
        if (job.state != gtzan::JobInfo::State::Queued) return QString();
        return tr("Waiting for \u201c%1\u201d to end; this starts then (the job list in the status bar can cancel either).")
            .arg(runner.runningHeavyJob().title);
    }
    return QString();
}

QString JobText::ofError(const gtzan::TaskError &error) {
    if (error.cancelled) return tr("Cancelled.");
    if (error.refused)
        return tr("Not started: \u201c%1\u201d is running, and only one long job runs at a time. Start this again when it has ended, or "
                  "cancel it in the job list in the status bar.")
            .arg(error.busyWith);
    return error.message;
}

} // namespace gui
} // namespace gtzan
