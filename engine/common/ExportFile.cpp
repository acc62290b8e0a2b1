#include "common/ExportFile.h"
#include <QFile>
#include <sys/stat.h>

namespace gtzan {

namespace {
// umask() can only be read by setting it, which races with other threads creating files;
// Linux shows it in /proc/self/status instead. 022 when that is not there.
unsigned readUmask() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const unsigned mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok) return mask & 0777u;
            }
    }
    return 022u;
}
} // namespace

unsigned usualFileMode() {
    static const unsigned mode = 0666u & ~readUmask();
    return mode;
}

bool commitExport(QSaveFile &file) {
    // Set on the temporary file before the rename, so the export never appears as 0600; a file
    // that is replaced keeps the mode its owner gave it.
    struct stat existing {};
    const bool replaces = ::stat(QFile::encodeName(file.fileName()).constData(), &existing) == 0;
    if (file.handle() >= 0) ::fchmod(file.handle(), replaces ? (existing.st_mode & 07777) : mode_t(usualFileMode()));
    return file.commit();
}

bool giveUsualMode(const QString &path) { return ::chmod(QFile::encodeName(path).constData(), mode_t(usualFileMode())) == 0; }

} // namespace gtzan
