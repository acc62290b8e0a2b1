#include "GtzanArchive.h"
#include <QDir>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <stdexcept>

namespace testsupport {

QByteArray gtzanLikeArchive(const QString &sampleGenres) {
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    size_t used = 0;
    QByteArray buffer(64 << 20, '\0');
    if (archive_write_open_memory(a, buffer.data(), size_t(buffer.size()), &used) != ARCHIVE_OK) throw std::runtime_error("libarchive: cannot open");
    for (const QString &genre : QDir(sampleGenres).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString clip = QDir(sampleGenres + QLatin1Char('/') + genre).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name).value(0);
        QFile f(sampleGenres + QLatin1Char('/') + genre + QLatin1Char('/') + clip);
        if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read a sample clip");
        const QByteArray data = f.readAll();
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, QStringLiteral("genres/%1/%2").arg(genre, clip).toUtf8().constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        archive_write_header(a, e);
        archive_write_data(a, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    buffer.truncate(int(used));
    return buffer;
}

} // namespace testsupport
