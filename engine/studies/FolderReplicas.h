#pragma once
#include "faults/ClipFingerprints.h"
#include "studies/ReplicaSearch.h"
#include <QStringList>

namespace gtzan {

// Replicas among the audio files under a folder: find the files, fingerprint them (cached),
// compare. `gtzan-cli replicas` and the window's Replicas view both call this.
struct FolderReplicas {
    QStringList files; // every audio file under the folder, sorted; ReplicaPair::a / b index it
    std::vector<ReplicaPair> pairs;
    QStringList problems; // files that could not be fingerprinted, and why
    int fromCache = 0, computed = 0;
    double fingerprintMs = 0, compareMs = 0;
};

// Throws gtzan::Error when the folder holds no audio file, or when cancelled.
FolderReplicas findFolderReplicas(const QString &folder, const FingerprintOptions &fingerprints, ReplicaSearchOptions search = {});

} // namespace gtzan
