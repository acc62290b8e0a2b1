#include "ModelChoice.h"
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace vamp {

namespace {

constexpr int kMaxNameChars = 60;   // a host's drop-down, not a file manager
constexpr int kMaxFolderChars = 40; // the same

bool hasControlCharacter(const QString &text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Text a host can show: control characters and broken UTF-16 made visible as '?'.
QString printable(QString text) {
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c.isNonCharacter() || c.isSurrogate()) c = QLatin1Char('?');
    return text;
}

// What a host shows for a model file: its name without ".gtzm", not too long.
QString shownName(const QString &path) {
    QString name = printable(QFileInfo(path).fileName());
    if (name.endsWith(QLatin1String(".gtzm"), Qt::CaseInsensitive)) name.chop(5);
    if (name.size() > kMaxNameChars) name = name.left(kMaxNameChars - 3) + QStringLiteral("...");
    return name.isEmpty() ? QStringLiteral("(unnamed)") : name;
}

// The folder of a model file, its end kept when it is long (the end tells folders apart).
QString shownFolder(const QString &path) {
    const QString folder = printable(QFileInfo(path).absolutePath());
    return folder.size() > kMaxFolderChars ? QStringLiteral("...") + folder.right(kMaxFolderChars - 3) : folder;
}

} // namespace

ModelVariable readModelVariable(const QByteArray &raw, const QString &home) {
    ModelVariable v;
    if (raw.isNull()) return v;
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.isEmpty()) return v;
    v.set = true;
    if (trimmed.size() > kMaxPathBytes) {
        v.error = QStringLiteral("GTZAN_VAMP_MODEL is %1 bytes long: not a file path (at most %2)").arg(trimmed.size()).arg(kMaxPathBytes);
        return v;
    }
    // The variable names a file: decoded as the system decodes file names.
    QString path = QFile::decodeName(trimmed);
    if (path.contains(QChar(0)) || hasControlCharacter(path)) {
        v.error = QStringLiteral("GTZAN_VAMP_MODEL holds control characters: not a file path");
        return v;
    }
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        if (home.isEmpty() || !QDir::isAbsolutePath(home)) {
            v.error = QStringLiteral("GTZAN_VAMP_MODEL starts with ~ but the home folder is unknown: give the full path");
            return v;
        }
        path = home + path.mid(1);
    }
    // A host's working folder is nobody's choice (Sonic Visualiser's is wherever it was started).
    if (!QDir::isAbsolutePath(path)) {
        v.error = QStringLiteral("GTZAN_VAMP_MODEL must be a full path (it is \"%1\")").arg(printable(path));
        return v;
    }
    v.path = QDir::cleanPath(path);
    return v;
}

std::vector<ModelEntry> modelCatalogue(const ModelVariable &variable, const QStringList &foundFiles) {
    std::vector<ModelEntry> entries;
    QSet<QString> paths, names;
    auto add = [&](QString name, const QString &path) {
        if (int(entries.size()) >= kMaxModels) return;
        if (!path.isEmpty() && paths.contains(path)) return;
        // Two files of one name (a build tree's starter and the installed one): the folder tells
        // them apart, then a number if even that is shared.
        if (names.contains(name)) name = QStringLiteral("%1 (%2)").arg(name, shownFolder(path));
        const QString base = name;
        for (int n = 2; names.contains(name); ++n) name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        paths.insert(path);
        names.insert(name);
        entries.push_back({name, path});
    };
    if (variable.set)
        add(QStringLiteral("GTZAN_VAMP_MODEL: ") + (variable.path.isEmpty() ? QStringLiteral("(unusable)") : shownName(variable.path)),
            variable.path);

    QStringList files;
    for (const QString &f : foundFiles) {
        if (f.isEmpty() || f.size() > kMaxPathBytes || f.contains(QChar(0))) continue;
        files << QDir::cleanPath(f);
    }
    // The starter first, then the others by name (a host lists them in this order).
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const bool aStarter = QFileInfo(a).fileName() == QLatin1String(kStarterFileName);
        const bool bStarter = QFileInfo(b).fileName() == QLatin1String(kStarterFileName);
        if (aStarter != bStarter) return aStarter;
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    for (const QString &f : files) add(shownName(f), f);
    return entries;
}

int modelIndexOf(float parameterValue, int count) {
    if (count <= 0) return -1;
    if (std::isnan(parameterValue)) return 0;
    const double nearest = std::round(double(parameterValue));
    return int(std::clamp(nearest, 0.0, double(count - 1)));
}

} // namespace vamp
} // namespace gtzan
