#pragma once
#include "tasks/TaskRunner.h"
#include <QCoreApplication>
#include <QString>

namespace gtzan {
namespace gui {

// What a view says about its heavy job's turn (translated; the runner's own words are English).
class JobText {
    Q_DECLARE_TR_FUNCTIONS(gtzan::gui::JobText)
public:
    // "Waiting for <the running job> to end..." when job `id` is queued; empty when it runs.
    static QString waiting(gtzan::TaskRunner::TaskId id, const gtzan::TaskRunner &runner = gtzan::TaskRunner::instance());
    // "Cancelled.", "Not started: <the running job> is running...", or the error's own message.
    static QString ofError(const gtzan::TaskError &error);
};

} // namespace gui
} // namespace gtzan
