#include "embedding/MusicnnModels.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {

QString musicnnModelDir() {
    const QString explicitDir = qEnvironmentVariable("GTZAN_MUSICNN_DIR");
    if (!explicitDir.isEmpty()) return QDir::cleanPath(explicitDir);
    const QString shared = sharedDataDir();
    return shared.isEmpty() ? QString() : QDir::cleanPath(shared + QStringLiteral("/models/musicnn"));
}

QString musicnnModelPath(const QString &modelOrPath) {
    QString name = modelOrPath.trimmed();
    if (name.endsWith(QLatin1String(".h5"), Qt::CaseInsensitive) || name.contains(QLatin1Char('/'))) {
        if (!QFileInfo::exists(name)) throw Error(QStringLiteral("%1: the musicnn weight file does not exist").arg(name));
        return name;
    }
    name = name.toUpper();
    if (name.endsWith(QLatin1String("_MUSICNN"))) name.chop(8);
    if (name != QLatin1String("MSD") && name != QLatin1String("MTT"))
        throw Error(QStringLiteral("Unknown musicnn model \"%1\" (known: MSD, MTT, or a path to a Keras .h5 file)").arg(modelOrPath));
    const QString dir = musicnnModelDir();
    if (dir.isEmpty())
        throw Error(QStringLiteral("the musicnn weights (%1_musicnn.h5) were not found: no shared data folder in %2; "
                                   "set GTZAN_MUSICNN_DIR to the folder that holds them")
                        .arg(name, sharedDataSearchPath().join(QStringLiteral(", "))));
    const QString path = QDir(dir).filePath(name + QStringLiteral("_musicnn.h5"));
    if (!QFileInfo::exists(path))
        throw Error(
            QStringLiteral("%1: the musicnn weights are not there; set GTZAN_MUSICNN_DIR to the folder that holds %2_musicnn.h5").arg(path, name));
    return path;
}

QStringList musicnnTagNames(const QString &h5Path, int count) {
    const QFileInfo info(h5Path);
    QFile f(info.dir().filePath(QStringLiteral("tags.json")));
    QStringList names;
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value(info.completeBaseName()).toArray();
        for (const auto &v : list) names << v.toString();
    }
    if (names.size() != count) {
        names.clear();
        for (int i = 1; i <= count; ++i) names << QStringLiteral("tag %1").arg(i);
    }
    return names;
}

} // namespace gtzan
