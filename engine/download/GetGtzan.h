#pragma once
#include "download/GtzanMirrors.h"
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// What getGtzan is doing, for a progress bar: the stage, its bytes done and total (-1: unknown),
// and for the download its speed.
struct GetGtzanProgress {
    enum class Stage { Downloading, Verifying, Unpacking } stage = Stage::Downloading;
    qint64 done = 0, total = -1;
    double bytesPerSecond = 0;
    QString mirror;
};

struct GetGtzanOptions {
    QString folder;                     // the archive, its part file and the data set go here
    std::vector<ArchiveMirror> mirrors; // tried in order; empty: knownGtzanMirrors()
    bool keepArchive = false;           // otherwise deleted once unpacked
    int attempts = 6;                   // connections per mirror (see ResumableDownload.h)
    int stallSeconds = 60;
    int retryPauseMs = 1000;
    std::function<void(const GetGtzanProgress &)> progress;
    std::function<void(const QString &)> say;
    const std::atomic_bool *cancel = nullptr;
};

struct GetGtzanResult {
    QString datasetRoot; // the folder to open (it holds genres/)
    QString mirror;      // where the bytes came from ("already here" when nothing was fetched)
    int clips = 0;
};

// Gets GTZAN into options.folder, from the first mirror that works:
//  1. the disk must hold what is still to download plus the unpacked data set;
//  2. download into "<archive>.part" (resumed after a drop, a cancel or a restart: the part file
//     is tied to the archive's SHA-256 by "<archive>.part.sha256");
//  3. the SHA-256 must match before anything is unpacked (a mismatch deletes the part and the next
//     mirror is tried);
//  4. unpack safely (download/SafeUnpack.h) and scan the result as a GTZAN data set.
// A mirror that fails is said (options.say) and the next one tried. A folder that already holds
// the data set is scanned and returned. Throws gtzan::Error with every mirror's failure, or
// gtzan::Cancelled (the part file stays for a resume).
GetGtzanResult getGtzan(const GetGtzanOptions &options);

// The archive file's name in a folder, and the data set's folder it unpacks to.
QString gtzanArchivePath(const QString &folder);

} // namespace gtzan
