#include "common/HelperPrograms.h"
#include "common/Error.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gtzan {

QStringList helperProgramSearchPath(const QString &name) {
    if (!QCoreApplication::instance()) return {}; // applicationDirPath() needs the application object
    const QDir exeDir(QCoreApplication::applicationDirPath());
    return {exeDir.filePath(name), QDir::cleanPath(exeDir.filePath(QStringLiteral("../libexec/gtzan-explorer/") + name))};
}

QString helperProgramPath(const QString &name) {
    const QStringList places = helperProgramSearchPath(name);
    for (const QString &place : places) {
        const QFileInfo info(place);
        if (info.isFile() && info.isExecutable()) return place;
    }
    throw Error(QStringLiteral("the program %1 is missing (looked in: %2); reinstall gtzan-explorer")
                    .arg(name, places.isEmpty() ? QStringLiteral("nowhere, no application object") : places.join(QStringLiteral(", "))));
}

} // namespace gtzan
