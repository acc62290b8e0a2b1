#include "download/ArchivePaths.h"
#include <QStringList>

namespace gtzan {

namespace {
constexpr int kMaxPathChars = 1024;
constexpr int kMaxComponents = 32;

bool hasControlCharacter(const QString &s) {
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) return true;
    return false;
}

bool looksAbsolute(const QString &p) {
    return p.startsWith(QLatin1Char('/')) || (p.size() >= 2 && p.at(1) == QLatin1Char(':') && p.at(0).isLetter());
}
} // namespace

QString safeEntryPath(const QString &entryName, QString *reason) {
    const auto refuse = [&](const QString &why) {
        if (reason) *reason = QStringLiteral("\"%1\": %2").arg(entryName.left(200), why);
        return QString();
    };
    if (entryName.isEmpty()) return refuse(QStringLiteral("an entry without a name"));
    if (entryName.size() > kMaxPathChars) return refuse(QStringLiteral("a name longer than %1 characters").arg(kMaxPathChars));
    if (hasControlCharacter(entryName)) return refuse(QStringLiteral("a control character in the name"));
    if (entryName.contains(QLatin1Char('\\'))) return refuse(QStringLiteral("a backslash in the name"));
    if (looksAbsolute(entryName)) return refuse(QStringLiteral("an absolute path"));
    QStringList kept;
    for (const QString &part : entryName.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".")) continue;
        if (part == QLatin1String("..")) return refuse(QStringLiteral("a \"..\" that climbs out of the folder"));
        kept << part;
    }
    if (kept.isEmpty()) return refuse(QStringLiteral("a name that is only the folder itself"));
    // Again once "./" is gone: "././C:" must not become the drive-like "C:" (fuzz_download).
    if (looksAbsolute(kept.first())) return refuse(QStringLiteral("an absolute path"));
    if (kept.size() > kMaxComponents) return refuse(QStringLiteral("more than %1 folders deep").arg(kMaxComponents));
    return kept.join(QLatin1Char('/'));
}

bool linkStaysInside(const QString &entryPath, const QString &target, QString *reason) {
    const auto refuse = [&](const QString &why) {
        if (reason) *reason = QStringLiteral("\"%1\" -> \"%2\": %3").arg(entryPath.left(200), target.left(200), why);
        return false;
    };
    if (target.isEmpty()) return refuse(QStringLiteral("a link to nothing"));
    if (target.size() > kMaxPathChars || target.contains(QLatin1Char('\\'))) return refuse(QStringLiteral("a link target that is not a plain path"));
    if (hasControlCharacter(target)) return refuse(QStringLiteral("a control character in the link target"));
    if (looksAbsolute(target)) return refuse(QStringLiteral("a link to an absolute path"));
    // Resolve from the link's own folder, never climbing above the unpack folder.
    QStringList at = entryPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!at.isEmpty()) at.removeLast();
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".")) continue;
        if (part == QLatin1String("..")) {
            if (at.isEmpty()) return refuse(QStringLiteral("a link that points out of the folder"));
            at.removeLast();
        } else {
            at << part;
        }
    }
    return true;
}

} // namespace gtzan
