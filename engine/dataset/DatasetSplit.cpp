#include "dataset/DatasetSplit.h"
#include "augment/SeededRandom.h"
#include "common/Error.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {

void sortById(std::vector<ClipRecord> &v) {
    std::sort(v.begin(), v.end(), [](const ClipRecord &a, const ClipRecord &b) { return a.id < b.id; });
}

void relabel(std::vector<ClipRecord> &v, const QStringList &genres) {
    for (ClipRecord &c : v) c.label = int(genres.indexOf(c.genre));
}

QString findList(const QDir &dir, const QString &prefix) {
    const QStringList hits = dir.entryList({prefix + QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    return hits.isEmpty() ? QString() : dir.filePath(hits.first());
}

} // namespace

QStringList DatasetSplit::overlaps() const {
    QHash<QString, int> seen;
    for (const auto *side : {&train, &validation, &test}) {
        QSet<QString> once;
        for (const ClipRecord &c : *side) once.insert(c.id);
        for (const QString &id : once) ++seen[id];
    }
    QStringList out;
    for (auto it = seen.begin(); it != seen.end(); ++it)
        if (it.value() > 1) out << it.key();
    out.sort();
    return out;
}

QJsonObject DatasetSplit::toJson() const {
    auto side = [&](const std::vector<ClipRecord> &v) {
        QJsonObject perGenre;
        for (const QString &g : genres) perGenre.insert(g, 0);
        for (const ClipRecord &c : v) perGenre.insert(c.genre, perGenre.value(c.genre).toInt() + 1);
        return QJsonObject{{QStringLiteral("clips"), int(v.size())}, {QStringLiteral("per_genre"), perGenre}};
    };
    return {{QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
            {QStringLiteral("train"), side(train)},
            {QStringLiteral("validation"), side(validation)},
            {QStringLiteral("test"), side(test)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

QString clipIdFromSplitLine(const QString &line) {
    QString s = line.trimmed();
    if (s.isEmpty() || s.startsWith(QLatin1Char('#'))) return {};
    s.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts = s.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("."));
    if (parts.isEmpty()) return {};
    QString file = parts.last();
    static const QRegularExpression audioSuffix(QStringLiteral("\\.(wav|au|snd|aiff?|flac|ogg|mp3)$"), QRegularExpression::CaseInsensitiveOption);
    file.remove(audioSuffix);
    // The genre is the folder just above the file, or the file name's own prefix.
    QString genre = parts.size() >= 2 ? parts[parts.size() - 2] : file.section(QLatin1Char('.'), 0, 0);
    return genre.toLower() + QLatin1Char('/') + file;
}

QStringList readSplitFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) throw Error(QStringLiteral("%1: cannot read the split file (%2)").arg(path, f.errorString()));
    QStringList ids;
    while (!f.atEnd()) {
        const QString id = clipIdFromSplitLine(QString::fromUtf8(f.readLine()));
        if (!id.isEmpty()) ids << id;
    }
    return ids;
}

DatasetSplit splitFromFiles(const DatasetScan &scan, const QString &trainFile, const QString &testFile, const QString &validationFile) {
    DatasetSplit split;
    split.genres = scan.genres;
    QHash<QString, const ClipRecord *> byId;
    for (const ScannedClip &c : scan.clips) byId.insert(c.record.id, &c.record);
    QHash<QString, QString> assigned; // id -> the file that claimed it first

    const auto take = [&](const QString &file, std::vector<ClipRecord> &side) {
        if (file.isEmpty()) return;
        const QString name = QFileInfo(file).fileName();
        for (const QString &id : readSplitFile(file)) {
            if (!scan.genres.contains(id.section(QLatin1Char('/'), 0, 0))) continue; // genre not in this run
            const auto it = byId.constFind(id);
            if (it == byId.constEnd()) {
                split.problems << QStringLiteral("%1 is listed in %2 but missing from %3").arg(id, name, scan.genreRoot);
                continue;
            }
            if (assigned.contains(id)) {
                split.problems << QStringLiteral("%1 is listed in %2 and again in %3; kept in %2").arg(id, assigned.value(id), name);
                continue;
            }
            assigned.insert(id, name);
            side.push_back(**it);
        }
    };
    take(trainFile, split.train);
    take(validationFile, split.validation);
    take(testFile, split.test);
    for (auto *side : {&split.train, &split.validation, &split.test}) {
        relabel(*side, split.genres);
        sortById(*side);
    }
    return split;
}

DatasetSplit splitFromFolder(const DatasetScan &scan, const QString &folder) {
    const QDir dir(folder);
    const QString train = findList(dir, QStringLiteral("train")), test = findList(dir, QStringLiteral("test"));
    if (train.isEmpty() || test.isEmpty()) throw Error(QStringLiteral("%1: no train*.txt and test*.txt split lists here").arg(folder));
    return splitFromFiles(scan, train, test, findList(dir, QStringLiteral("valid")));
}

DatasetSplit stratifiedSplit(const std::vector<ClipRecord> &clips, const QStringList &genres, double testFraction, std::uint64_t seed) {
    DatasetSplit split;
    split.genres = genres;
    for (const QString &g : genres) {
        std::vector<ClipRecord> of;
        for (const ClipRecord &c : clips)
            if (c.genre == g) of.push_back(c);
        sortById(of); // the input order must not matter, only the seed
        SeededRandom rng(deriveSeed(seed, g, 1));
        rng.shuffle(of);
        const size_t nTest = size_t(std::lround(double(of.size()) * std::clamp(testFraction, 0.0, 1.0)));
        split.test.insert(split.test.end(), of.begin(), of.begin() + long(nTest));
        split.train.insert(split.train.end(), of.begin() + long(nTest), of.end());
    }
    for (auto *side : {&split.train, &split.test}) {
        relabel(*side, genres);
        sortById(*side);
    }
    return split;
}

void carveValidation(DatasetSplit &split, int perGenre, std::uint64_t seed) {
    if (!split.validation.empty() || perGenre <= 0) return;
    std::vector<ClipRecord> keep;
    for (const QString &g : split.genres) {
        std::vector<ClipRecord> of;
        for (const ClipRecord &c : split.train)
            if (c.genre == g) of.push_back(c);
        if (of.empty()) continue;
        SeededRandom rng(deriveSeed(seed, g, 2));
        rng.shuffle(of);
        const int n = std::min(perGenre, int(of.size()) - 1);
        if (n < perGenre)
            split.problems << QStringLiteral("%1: only %2 training clips, %3 moved to validation instead of %4")
                                  .arg(g)
                                  .arg(of.size())
                                  .arg(std::max(n, 0))
                                  .arg(perGenre);
        if (n > 0) split.validation.insert(split.validation.end(), of.begin(), of.begin() + n);
        keep.insert(keep.end(), of.begin() + std::max(n, 0), of.end());
    }
    split.train = keep;
    sortById(split.train);
    sortById(split.validation);
}

} // namespace gtzan
