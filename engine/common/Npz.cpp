#include "common/Npz.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <archive.h>
#include <archive_entry.h>

namespace gtzan {

struct NpzWriter::State {
    QString path;
    QSaveFile file;
    archive *zip = nullptr;
    qint64 remaining = 0; // bytes the open member still expects
    QString member;       // the open member; empty: none
    bool committed = false;

    explicit State(const QString &p) : path(p), file(p) {}
    [[noreturn]] void fail(const QString &what) const {
        const QString why = zip && archive_error_string(zip) ? QString::fromLocal8Bit(archive_error_string(zip)) : file.errorString();
        throw Error(QStringLiteral("Cannot write %1: %2 (%3)").arg(QDir::toNativeSeparators(path), what, why));
    }
};

namespace {
la_ssize_t writeToSaveFile(archive *, void *client, const void *buffer, size_t length) {
    auto *file = static_cast<QSaveFile *>(client);
    const qint64 n = file->write(static_cast<const char *>(buffer), qint64(length));
    return n == qint64(length) ? la_ssize_t(n) : -1;
}
} // namespace

NpzWriter::NpzWriter(const QString &path) : m(std::make_unique<State>(path)) {
    if (!m->file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m->file.errorString()));
    m->zip = archive_write_new();
    if (!m->zip) throw Error(QStringLiteral("Cannot write %1: out of memory").arg(path));
    // Stored members, and no padding after the end record: a reader looks for that record at the
    // very end of the file.
    if (archive_write_set_format_zip(m->zip) != ARCHIVE_OK || archive_write_zip_set_compression_store(m->zip) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(m->zip, 1) != ARCHIVE_OK ||
        archive_write_open2(m->zip, &m->file, nullptr, writeToSaveFile, nullptr, nullptr) != ARCHIVE_OK)
        m->fail(QStringLiteral("cannot start the archive"));
}

NpzWriter::~NpzWriter() {
    // Not committed: the archive is dropped with the QSaveFile's temporary file. archive_write_free
    // closes it first (its end records go to that file, which is never committed): the shorter way,
    // archive_write_fail, makes libarchive 3.6 skip the close that frees its ZIP state (LeakSanitizer
    // found it).
    if (!m->committed) m->file.cancelWriting();
    if (m->zip) archive_write_free(m->zip);
}

void NpzWriter::begin(const QString &name, qint64 bytes) {
    if (!m->member.isEmpty()) throw Error(QStringLiteral("NpzWriter: %1 is still open").arg(m->member));
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, (name + QStringLiteral(".npy")).toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, bytes);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    const int status = archive_write_header(m->zip, entry);
    archive_entry_free(entry);
    if (status != ARCHIVE_OK) m->fail(QStringLiteral("cannot start %1.npy").arg(name));
    m->member = name;
    m->remaining = bytes;
}

void NpzWriter::write(const char *data, qint64 size) {
    if (size > m->remaining) throw Error(QStringLiteral("NpzWriter: more bytes for %1.npy than announced").arg(m->member));
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m->zip, data, size_t(size));
        if (n <= 0) m->fail(QStringLiteral("writing %1.npy failed").arg(m->member));
        data += n;
        size -= n;
        m->remaining -= n;
    }
}

void NpzWriter::end() {
    if (m->remaining != 0) throw Error(QStringLiteral("NpzWriter: %1.npy is %2 bytes short").arg(m->member).arg(m->remaining));
    if (archive_write_finish_entry(m->zip) != ARCHIVE_OK) m->fail(QStringLiteral("cannot finish %1.npy").arg(m->member));
    m->member.clear();
}

void NpzWriter::add(const QString &name, const QByteArray &npy) {
    begin(name, npy.size());
    write(npy.constData(), npy.size());
    end();
}

void NpzWriter::commit() {
    if (!m->member.isEmpty()) throw Error(QStringLiteral("NpzWriter: %1.npy is still open").arg(m->member));
    if (archive_write_close(m->zip) != ARCHIVE_OK) m->fail(QStringLiteral("cannot finish the archive"));
    if (!commitExport(m->file)) m->fail(QStringLiteral("cannot move it into place"));
    m->committed = true;
}

} // namespace gtzan
