#include "download/SafeUnpack.h"
#include "common/Error.h"
#include "download/ArchivePaths.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>

namespace gtzan {

namespace {

struct ArchiveReader {
    archive *a = archive_read_new();
    ~ArchiveReader() { archive_read_free(a); }
};
struct DiskWriter {
    archive *a = archive_write_disk_new();
    ~DiskWriter() { archive_write_free(a); }
};

QString libarchiveError(archive *a) {
    const char *e = archive_error_string(a);
    return e ? QString::fromLocal8Bit(e) : QStringLiteral("unknown libarchive error");
}

// Removes the staging folder however the unpacking ends, unless it was moved into place.
struct StagingFolder {
    QString path;
    ~StagingFolder() {
        if (!path.isEmpty()) QDir(path).removeRecursively();
    }
};

} // namespace

UnpackResult unpackArchiveSafely(const QString &archivePath, const QString &folder, const UnpackOptions &options) {
    const QString name = QFileInfo(archivePath).fileName();
    if (!QDir().mkpath(folder)) throw Error(QStringLiteral("%1: cannot create the folder").arg(folder));
    // Without symlinks in its own path: libarchive refuses to write through any (see below), and the
    // entries are written below it by absolute path.
    const QString real = QFileInfo(folder).canonicalFilePath();
    StagingFolder staging{real + QStringLiteral("/.gtzan-unpacking")};
    QDir(staging.path).removeRecursively(); // what an interrupted earlier run left
    if (!QDir().mkpath(staging.path)) throw Error(QStringLiteral("%1: cannot create the folder").arg(staging.path));

    ArchiveReader in;
    archive_read_support_filter_all(in.a);
    archive_read_support_format_all(in.a);
    if (archive_read_open_filename(in.a, QFile::encodeName(archivePath).constData(), 1 << 16) != ARCHIVE_OK)
        throw Error(QStringLiteral("%1: cannot be read as an archive (%2)").arg(name, libarchiveError(in.a)));
    DiskWriter out;
    // Behind our checks: never write through a symlink, never a "..". (Absolute paths are ours: the
    // staging folder's, prefixed to each checked relative name.)
    archive_write_disk_set_options(out.a, ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_TIME |
                                              ARCHIVE_EXTRACT_NO_OVERWRITE);

    UnpackResult result;
    const QByteArray stagingPrefix = QFile::encodeName(staging.path) + '/';
    for (;;) {
        if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("%1: unpacking cancelled").arg(name));
        archive_entry *entry = nullptr;
        const int r = archive_read_next_header(in.a, &entry);
        if (r == ARCHIVE_EOF) break;
        if (r < ARCHIVE_WARN) throw Error(QStringLiteral("%1 is damaged (%2)").arg(name, libarchiveError(in.a)));
        const char *rawName = archive_entry_pathname(entry);
        QString reason;
        const QString path = safeEntryPath(rawName ? QString::fromUtf8(rawName) : QString(), &reason);
        if (path.isEmpty()) throw Error(QStringLiteral("%1: refused entry %2; nothing was unpacked").arg(name, reason));
        // A hard link (its type may be unset) names another entry of the archive: that name gets
        // the same checks, and it is written below the staging folder too.
        const char *hard = archive_entry_hardlink(entry);
        const mode_t type = hard ? mode_t(AE_IFREG) : archive_entry_filetype(entry);
        if (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)
            throw Error(QStringLiteral("%1: refused entry \"%2\": a device file, FIFO or socket; nothing was unpacked").arg(name, path.left(200)));
        if (type == AE_IFLNK) {
            const char *target = archive_entry_symlink(entry);
            if (!linkStaysInside(path, target ? QString::fromUtf8(target) : QString(), &reason))
                throw Error(QStringLiteral("%1: refused link %2; nothing was unpacked").arg(name, reason));
        }
        if (hard) {
            const QString to = safeEntryPath(QString::fromUtf8(hard), &reason);
            if (to.isEmpty()) throw Error(QStringLiteral("%1: refused hard link to %2; nothing was unpacked").arg(name, reason));
            archive_entry_set_hardlink(entry, (stagingPrefix + to.toUtf8()).constData());
        }
        const qint64 claimed = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (claimed < 0 || claimed > options.maxTotalBytes - result.bytes)
            throw Error(QStringLiteral("%1: entry \"%2\" claims %3 MB, beyond the %4 MB this archive may unpack to; nothing was unpacked")
                            .arg(name, path.left(200))
                            .arg(claimed >> 20)
                            .arg(options.maxTotalBytes >> 20));
        archive_entry_set_pathname(entry, (stagingPrefix + path.toUtf8()).constData());
        archive_entry_set_perm(entry, type == AE_IFDIR ? 0755 : 0644); // no set-uid, no world-writable
        if (archive_write_header(out.a, entry) < ARCHIVE_WARN)
            throw Error(QStringLiteral("%1: cannot unpack \"%2\" (%3)").arg(name, path.left(200), libarchiveError(out.a)));
        if (type == AE_IFREG) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            for (;;) {
                const int d = archive_read_data_block(in.a, &block, &size, &offset);
                if (d == ARCHIVE_EOF) break;
                if (d < ARCHIVE_WARN) throw Error(QStringLiteral("%1 is damaged in \"%2\" (%3)").arg(name, path.left(200), libarchiveError(in.a)));
                result.bytes += qint64(size);
                if (result.bytes > options.maxTotalBytes)
                    throw Error(
                        QStringLiteral("%1 unpacks to more than the %2 MB it may; nothing was unpacked").arg(name).arg(options.maxTotalBytes >> 20));
                if (archive_write_data_block(out.a, block, size, offset) < ARCHIVE_WARN)
                    throw Error(QStringLiteral("%1: cannot write \"%2\" (%3)").arg(name, path.left(200), libarchiveError(out.a)));
                if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("%1: unpacking cancelled").arg(name));
                if (options.progress) options.progress(result.bytes, options.maxTotalBytes);
            }
            ++result.files;
        }
        if (archive_write_finish_entry(out.a) < ARCHIVE_WARN)
            throw Error(QStringLiteral("%1: cannot finish \"%2\" (%3)").arg(name, path.left(200), libarchiveError(out.a)));
    }
    if (archive_write_close(out.a) != ARCHIVE_OK) throw Error(QStringLiteral("%1: cannot finish unpacking (%2)").arg(name, libarchiveError(out.a)));

    // All there: move the top-level entries into place, refusing to replace anything.
    const QDir stage(staging.path), into(real);
    const QStringList top = stage.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &t : top)
        if (QFileInfo::exists(into.filePath(t)) || QFileInfo(into.filePath(t)).isSymLink())
            throw Error(QStringLiteral("%1: \"%2\" is already in %3; move it away first (nothing was replaced)").arg(name, t, folder));
    for (const QString &t : top) {
        if (!QFile::rename(stage.filePath(t), into.filePath(t))) throw Error(QStringLiteral("%1: cannot move \"%2\" into %3").arg(name, t, folder));
        result.topLevel << t;
    }
    return result;
}

} // namespace gtzan
