#pragma once
// Files a person exports (WAV, CSV, PNG, .npy) are written atomically through QSaveFile or a
// temporary file plus rename, and both create that file with mode 0600. An export should get the
// mode any program gives a new file: 0666 minus the umask (0644 usually), so that others the
// person shares the folder with can read it. Caches may stay private.
#include <QSaveFile>
#include <QString>

namespace gtzan {

// 0666 & ~umask, read once (from /proc/self/status, without changing the process's umask).
unsigned usualFileMode();

// Commits `file` as an export: a new file gets the usual mode, a replaced one keeps its own.
// Returns what QSaveFile::commit() returns.
bool commitExport(QSaveFile &file);

// For exports written by another library (libsndfile) to a temporary file that is then renamed.
bool giveUsualMode(const QString &path);

} // namespace gtzan
