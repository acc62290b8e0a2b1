#include "training/ReproducibleModel.h"
#include <QDir>
#include <QJsonArray>
#include <QStringList>

namespace gtzan {

namespace {

QJsonValue withoutTimes(const QJsonValue &v) {
    static const QStringList timeKeys{QStringLiteral("epochSeconds"), QStringLiteral("networkSeconds"), QStringLiteral("elapsedSeconds"),
                                      QStringLiteral("etaSeconds")};
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray()) a.append(withoutTimes(x));
        return a;
    }
    if (!v.isObject()) return v;
    QJsonObject o;
    const QJsonObject in = v.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!timeKeys.contains(it.key())) o.insert(it.key(), withoutTimes(it.value()));
    return o;
}

QJsonValue withRelativePaths(const QJsonValue &v, const QString &absoluteFolder, const QString &name) {
    if (v.isString()) {
        const QString text = v.toString();
        return text == absoluteFolder ? name : text.startsWith(absoluteFolder + QLatin1Char('/')) ? name + text.mid(absoluteFolder.size()) : text;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray()) a.append(withRelativePaths(x, absoluteFolder, name));
        return a;
    }
    if (!v.isObject()) return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) it.value() = withRelativePaths(it.value(), absoluteFolder, name);
    return o;
}

} // namespace

void makeReproducible(TrainedModel &tm, const QString &dataFolder) {
    tm.training = withoutTimes(tm.training).toObject();
    const QString absolute = QDir::cleanPath(QDir(dataFolder).absolutePath());
    const QString name = QDir(absolute).dirName();
    tm.dataset = withRelativePaths(tm.dataset, absolute, name).toObject();
    tm.evaluation = withRelativePaths(tm.evaluation, absolute, name).toObject();
    tm.crossValidation = withRelativePaths(tm.crossValidation, absolute, name).toObject();
}

} // namespace gtzan
