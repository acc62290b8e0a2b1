#include "CliClipLoader.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

using namespace gtzan;

QStringList genresOfSet(const QString &name) {
    if (name == QLatin1String("gct634"))
        return {QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"), QStringLiteral("hiphop"),
                QStringLiteral("jazz"), QStringLiteral("metal"), QStringLiteral("pop"), QStringLiteral("reggae")};
    if (name == QLatin1String("all"))
        return {QStringLiteral("blues"), QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"),
                QStringLiteral("hiphop"), QStringLiteral("jazz"), QStringLiteral("metal"), QStringLiteral("pop"),
                QStringLiteral("reggae"), QStringLiteral("rock")};
    throw Error(QStringLiteral("unknown genre set \"%1\" (gct634 or all)").arg(name));
}

std::vector<ClipRecord> scanGenreFolders(const QString &dir, const QStringList &genres) {
    QString root;
    for (const QString &sub : {QStringLiteral("genres"), QStringLiteral("genres_original"), QString()}) {
        const QString candidate = sub.isEmpty() ? dir : QDir(dir).filePath(sub);
        for (const QString &g : genres)
            if (QFileInfo(QDir(candidate).filePath(g)).isDir()) root = candidate;
        if (!root.isEmpty()) break;
    }
    if (root.isEmpty()) throw Error(QStringLiteral("%1: no genre folders (%2) found").arg(dir, genres.join(QStringLiteral(", "))));
    std::vector<ClipRecord> out;
    for (int k = 0; k < genres.size(); ++k)
        for (const QString &path : findAudioFiles(QDir(root).filePath(genres[k]))) {
            ClipRecord r;
            r.genre = genres[k];
            r.label = k;
            r.path = path;
            r.id = genres[k] + QLatin1Char('/') + QFileInfo(path).completeBaseName();
            out.push_back(r);
        }
    if (out.empty()) throw Error(QStringLiteral("%1: no audio files in the genre folders").arg(root));
    std::sort(out.begin(), out.end(), [](const ClipRecord &a, const ClipRecord &b) { return a.id < b.id; });
    return out;
}

std::vector<ClipRecord> clipsOfSplit(const std::vector<ClipRecord> &all, const QString &splitFile) {
    QFile f(splitFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) throw Error(QStringLiteral("%1: cannot read the split file (%2)").arg(splitFile, f.errorString()));
    QHash<QString, size_t> byId;
    for (size_t i = 0; i < all.size(); ++i) byId.insert(all[i].id, i);
    std::vector<ClipRecord> out;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QString genre = line.section(QLatin1Char('/'), 0, 0);
        const QString id = genre + QLatin1Char('/') + QFileInfo(line).completeBaseName();
        auto it = byId.find(id);
        if (it != byId.end()) out.push_back(all[*it]);
        else if (std::any_of(all.begin(), all.end(), [&](const ClipRecord &r) { return r.genre == genre; }))
            throw Error(QStringLiteral("%1 line %2: clip %3 is not in the data folder").arg(splitFile).arg(lineNo).arg(id));
        // Lines of genres outside the chosen set are skipped (gct634 uses 8 of the 10).
    }
    if (out.empty()) throw Error(QStringLiteral("%1: none of its clips is in the data folder").arg(splitFile));
    return out;
}

std::vector<ClipFeatures> computeClipFeatures(const std::vector<ClipRecord> &clips, const FeatureSpec &spec) {
    std::vector<ClipFeatures> out(clips.size());
    std::vector<QString> errors(clips.size());
    std::vector<size_t> idx(clips.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    QtConcurrent::blockingMap(idx, [&](size_t i) {
        try {
            out[i].clip = clips[i];
            out[i].features = melFeaturesOfFile(clips[i].path, spec);
        } catch (const Error &e) {
            errors[i] = e.message();
        }
    });
    for (const QString &e : errors)
        if (!e.isEmpty()) throw Error(e);
    return out;
}
