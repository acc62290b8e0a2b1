#include "dataset/DatasetScan.h"
#include "audio/AudioFiles.h"
#include "audio/AudioInfo.h"
#include "common/Error.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {

int genreFolderCount(const QDir &dir) {
    int n = 0;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (gtzanGenres().contains(name.toLower())) ++n;
    return n;
}

// The folder holding the genre folders: `root` itself, a child or grandchild of it (given too
// high), or its parent (given too low, e.g. genres/blues). Among several candidates the one with
// the most genre folders wins; ties go to the first in name order.
QString findGenreRoot(const QString &root) {
    const QDir dir(root);
    if (genreFolderCount(dir) > 0) return dir.absolutePath();
    QString best;
    int bestCount = 0;
    const auto consider = [&](const QString &path) {
        const int n = genreFolderCount(QDir(path));
        if (n > bestCount) {
            best = path;
            bestCount = n;
        }
    };
    for (const QString &child : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString c = dir.absoluteFilePath(child);
        consider(c);
        const QDir cd(c);
        for (const QString &grand : cd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) consider(cd.absoluteFilePath(grand));
    }
    if (!best.isEmpty()) return best;
    if (gtzanGenres().contains(QFileInfo(dir.absolutePath()).fileName().toLower())) {
        QDir up(dir.absolutePath());
        if (up.cdUp()) return up.absolutePath();
    }
    return {};
}

QString formatKey(const ScannedClip &c) {
    return QStringLiteral("%1 %2 %3 Hz %4")
        .arg(c.format, c.encoding)
        .arg(c.sampleRate)
        .arg(c.channels == 1   ? QStringLiteral("mono")
             : c.channels == 2 ? QStringLiteral("stereo")
                               : QStringLiteral("%1 channels").arg(c.channels));
}

} // namespace

QString clipIdOf(const QString &genre, const QString &fileName) { return genre + QLatin1Char('/') + QFileInfo(fileName).completeBaseName(); }

std::vector<ClipRecord> DatasetScan::records() const {
    std::vector<ClipRecord> out;
    out.reserve(clips.size());
    for (const ScannedClip &c : clips) out.push_back(c.record);
    return out;
}

QMap<QString, int> DatasetScan::countsByGenre() const {
    QMap<QString, int> counts;
    for (const QString &g : genres) counts[g] = 0;
    for (const ScannedClip &c : clips) ++counts[c.record.genre];
    return counts;
}

QMap<QString, int> DatasetScan::formats() const {
    QMap<QString, int> f;
    for (const ScannedClip &c : clips) ++f[formatKey(c)];
    return f;
}

double DatasetScan::totalSeconds() const {
    double s = 0;
    for (const ScannedClip &c : clips) s += c.seconds;
    return s;
}

QJsonObject DatasetScan::toJson() const {
    QJsonObject counts, fmts;
    const auto c = countsByGenre();
    for (auto it = c.begin(); it != c.end(); ++it) counts.insert(it.key(), it.value());
    const auto f = formats();
    for (auto it = f.begin(); it != f.end(); ++it) fmts.insert(it.key(), it.value());
    return {{QStringLiteral("root"), root},
            {QStringLiteral("genre_root"), genreRoot},
            {QStringLiteral("layout"), layout},
            {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
            {QStringLiteral("clips"), int(clips.size())},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("total_seconds"), totalSeconds()},
            {QStringLiteral("formats"), fmts},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

DatasetScan scanGtzan(const QString &root, const ScanOptions &options) {
    if (!QFileInfo(root).isDir()) throw Error(QStringLiteral("%1: no such folder").arg(root));
    DatasetScan scan;
    scan.root = root;
    scan.genres = options.genres;
    scan.genreRoot = findGenreRoot(root);
    if (scan.genreRoot.isEmpty()) throw Error(QStringLiteral("%1: no GTZAN genre folders (blues, classical, ...) here, above or below").arg(root));
    const QString rootName = QFileInfo(scan.genreRoot).fileName();
    scan.layout = (rootName == QLatin1String("genres") || rootName == QLatin1String("genres_original")) ? rootName : QStringLiteral("custom");

    const QDir genreRoot(scan.genreRoot);
    QStringList files; // (genre, path) pairs flattened: genre at 2i, path at 2i+1
    for (const QString &folder : genreRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString genre = folder.toLower();
        if (!gtzanGenres().contains(genre)) {
            scan.problems << QStringLiteral("%1: unknown genre folder, skipped").arg(genreRoot.filePath(folder));
            continue;
        }
        if (!options.genres.contains(genre)) continue;
        const QDir gd(genreRoot.filePath(folder));
        int found = 0;
        for (const QString &f : gd.entryList(QDir::Files, QDir::Name)) {
            if (!hasAudioExtension(f)) continue;
            files << genre << gd.filePath(f);
            ++found;
        }
        if (found == 0) scan.problems << QStringLiteral("%1: genre folder without audio files").arg(gd.path());
    }
    for (const QString &g : options.genres) {
        if (!gtzanGenres().contains(g)) scan.problems << QStringLiteral("\"%1\" is not a GTZAN genre").arg(g);
        else if (!genreRoot.exists(g)) scan.problems << QStringLiteral("%1: no folder for genre %2").arg(scan.genreRoot, g);
    }

    static const QRegularExpression gtzanName(QStringLiteral("^([a-z]+)\\.(\\d{5})$"));
    const int total = int(files.size() / 2);
    QSet<QString> seenIds;
    for (int i = 0; i < total; ++i) {
        if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("%1: scan cancelled").arg(root));
        const QString &genre = files[2 * i];
        const QString &path = files[2 * i + 1];
        const QString base = QFileInfo(path).completeBaseName();
        const auto m = gtzanName.match(base);
        if (!m.hasMatch() || m.captured(1) != genre)
            scan.problems << QStringLiteral("%1: name does not follow %2.NNNNN; kept as a %2 clip").arg(path, genre);
        ScannedClip c;
        c.record.id = clipIdOf(genre, path);
        c.record.path = path;
        c.record.genre = genre;
        c.record.label = int(options.genres.indexOf(genre));
        c.bytes = QFileInfo(path).size();
        try {
            const AudioInfo info = probeAudio(path);
            c.format = info.format;
            c.encoding = info.encoding;
            c.seconds = info.seconds();
            c.sampleRate = info.sampleRate;
            c.channels = info.channels;
        } catch (const std::exception &e) {                  // gtzan::Error or anything else: one bad clip never stops the scan
            const QString why = QString::fromUtf8(e.what()); // gtzan::Error keeps its message as UTF-8
            scan.problems << QStringLiteral("%1 left out: %2").arg(c.record.id, why);
            c.problem = why;
            scan.leftOut.push_back(c);
            if (options.progress) options.progress(i + 1, total);
            continue;
        }
        if (c.seconds <= 0) {
            scan.problems << QStringLiteral("%1 left out: %2 holds no audio").arg(c.record.id, path);
            c.problem = QStringLiteral("%1 holds no audio").arg(path);
            scan.leftOut.push_back(c);
        } else if (seenIds.contains(c.record.id)) scan.problems << QStringLiteral("%1: found twice (%2 ignored)").arg(c.record.id, path);
        else {
            if (options.expectedSeconds > 0 && std::fabs(c.seconds - options.expectedSeconds) > options.durationTolerance)
                scan.problems
                    << QStringLiteral("%1: %2 s long, expected about %3 s").arg(c.record.id).arg(c.seconds, 0, 'f', 2).arg(options.expectedSeconds);
            seenIds.insert(c.record.id);
            scan.clips.push_back(c);
        }
        if (options.progress) options.progress(i + 1, total);
    }
    const auto byId = [](const ScannedClip &a, const ScannedClip &b) { return a.record.id < b.record.id; };
    std::sort(scan.clips.begin(), scan.clips.end(), byId);
    std::sort(scan.leftOut.begin(), scan.leftOut.end(), byId);
    return scan;
}

} // namespace gtzan
