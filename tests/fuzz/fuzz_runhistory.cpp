// libFuzzer harness: the run history file (JSON), training/RunHistory.h RunHistory::load.
// Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "training/RunHistory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    gtzan::RunHistory history(fuzzsupport::writeInput(data, size, QStringLiteral(".json")));
    try {
        history.load();
        for (const gtzan::RunRecord &r : history.records()) {
            (void)r.toJson();
            (void)history.find(r.id);
        }
    } catch (const gtzan::Error &) {
        // A damaged file leaves the history as it was: empty here.
        if (!history.records().empty()) __builtin_trap();
    }
    return 0;
}
