#include "app/gui/PredictionCsvExport.h"
#include "app/gui/PredictionQueueModel.h"
#include "inference/PredictionBatch.h"

namespace gtzan {
namespace gui {

int exportPredictionCsv(const PredictionQueueModel &rows, const QStringList &genres, const QString &path) {
    const std::vector<gtzan::PredictionEntry> entries = rows.finishedEntries();
    gtzan::writePredictionCsv(path, entries, genres);
    return int(entries.size());
}

} // namespace gui
} // namespace gtzan
