#pragma once
#include <QByteArray>
#include <QString>

namespace gtzan {

// A cheap identity of a file's content for cache keys: its size, its modification time and an
// MD5 of its first and last MiB (a whole 30 s GTZAN clip, 1.3 MB, is hashed entirely). Any edit
// that changes the size, the time or the bytes read gives another fingerprint. Hex text.
// Throws gtzan::Error when the file cannot be read.
QByteArray contentFingerprint(const QString &path);

} // namespace gtzan
