#pragma once
#include "faults/AudioFingerprint.h"
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// Fingerprints of many files, from the disk cache where it has them: `<cache>/fingerprints`, the
// feature cache's format and keying (the file's content fingerprint + what was computed), so an
// edited file is fingerprinted again and a damaged entry is recomputed.
struct ClipFingerprints {
    std::vector<AudioFingerprint> fingerprints; // one per path; empty where errors[i] says why
    QStringList errors;                         // one per path; empty when fine
    int fromCache = 0, computed = 0;
};

struct FingerprintOptions {
    QString cacheDir; // the folder of the feature cache; fingerprints go into its "fingerprints" folder; empty: no cache
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int done, int total)> progress;
};

// Never throws for one bad file (its error is kept); throws gtzan::Error "cancelled" when cancelled.
ClipFingerprints fingerprintFiles(const QStringList &paths, const FingerprintOptions &options = {});

} // namespace gtzan
