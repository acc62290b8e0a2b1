#include "audio/AudioFiles.h"
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>

namespace gtzan {

const QStringList &audioExtensions() {
    static const QStringList exts = {QStringLiteral("wav"),  QStringLiteral("au"),   QStringLiteral("snd"), QStringLiteral("aif"),
                                     QStringLiteral("aiff"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
                                     QStringLiteral("opus"), QStringLiteral("mp3")};
    return exts;
}

bool hasAudioExtension(const QString &path) { return audioExtensions().contains(QFileInfo(path).suffix().toLower()); }

QStringList findAudioFiles(const QString &dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString f = it.next();
        if (hasAudioExtension(f)) files << f;
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace gtzan
