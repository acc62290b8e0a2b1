#pragma once
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace gtzan {

struct UnpackOptions {
    // Refused when the entries add up to more (as their headers claim, or as their data turns
    // out): an archive that claims terabytes, or a compression bomb.
    qint64 maxTotalBytes = qint64(4) << 30;
    std::function<void(qint64 written, qint64 limit)> progress; // from the unpacking thread
    const std::atomic_bool *cancel = nullptr;
};

struct UnpackResult {
    int files = 0;
    qint64 bytes = 0;
    QStringList topLevel; // what appeared in the folder ("genres")
};

// Unpacks an archive (tar, tar.gz, zip, ... whatever libarchive reads; streamed, never all in
// memory) into `folder` only. Every entry is checked before anything is written
// (download/ArchivePaths.h): absolute paths, "..", links that point out of the folder, device
// files and FIFOs, and sizes beyond the limit are refused, and libarchive's own guards (no
// writing through a symlink, no "..") stand behind ours. It unpacks into a
// hidden folder inside `folder` (".gtzan-unpacking", which a data-set scan never enters) and
// moves the result into place only when all of it is there, so a half-unpacked folder is never
// taken for a data set; on a refusal, an error or cancel the hidden folder is removed and
// `folder` is as it was. Throws gtzan::Error, or gtzan::Cancelled when cancelled.
UnpackResult unpackArchiveSafely(const QString &archive, const QString &folder, const UnpackOptions &options = {});

} // namespace gtzan
