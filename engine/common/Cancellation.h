#pragma once
#include "common/Error.h"
#include <atomic>

namespace gtzan {

// The engine's long loops stop at their next step once a caller sets this flag (a task's cancel
// flag, see tasks/TaskRunner.h): a gtzan::Cancelled, which the runner and the CLI report as a
// cancel. A null flag never cancels.
inline void throwIfCancelled(const std::atomic_bool *cancel) {
    if (cancel && cancel->load()) throw Cancelled();
}

} // namespace gtzan
