#include "studies/FolderReplicas.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include <QElapsedTimer>

namespace gtzan {

FolderReplicas findFolderReplicas(const QString &folder, const FingerprintOptions &fingerprints, ReplicaSearchOptions search) {
    FolderReplicas out;
    out.files = findAudioFiles(folder);
    if (out.files.isEmpty()) throw Error(QStringLiteral("no audio files under %1").arg(folder));
    QElapsedTimer clock;
    clock.start();
    const ClipFingerprints prints = fingerprintFiles(out.files, fingerprints);
    out.fingerprintMs = clock.nsecsElapsed() / 1e6;
    out.fromCache = prints.fromCache;
    out.computed = prints.computed;
    for (const QString &e : prints.errors)
        if (!e.isEmpty()) out.problems << e;
    if (!search.cancel) search.cancel = fingerprints.cancel;
    clock.restart();
    out.pairs = findReplicas(prints.fingerprints, search);
    out.compareMs = clock.nsecsElapsed() / 1e6;
    return out;
}

} // namespace gtzan
