// libFuzzer harness: what getting GTZAN reads from outside (engine/download): the mirror list
// (GtzanMirrors.h), the archive path checks (ArchivePaths.h) and the safe unpacking of an archive
// (SafeUnpack.h) into a scratch folder. The first byte picks which. Only gtzan::Error may escape,
// and what the checks let through must really stay inside the folder (else the harness traps).
#include "FuzzSupport.h"
#include "common/Error.h"
#include "download/ArchivePaths.h"
#include "download/GtzanMirrors.h"
#include "download/SafeUnpack.h"
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

namespace {

void checkPathRules(const QByteArray &bytes) {
    const int cut = bytes.indexOf('\0');
    const QString entry = QString::fromUtf8(cut < 0 ? bytes : bytes.left(cut));
    const QString target = cut < 0 ? QString() : QString::fromUtf8(bytes.mid(cut + 1));
    QString why;
    const QString path = gtzan::safeEntryPath(entry, &why);
    if (path.isEmpty()) {
        if (why.isEmpty()) __builtin_trap(); // a refusal always says why
        return;
    }
    // What passes is relative, with no "..", no empty part, no backslash.
    if (path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))) __builtin_trap();
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".")) __builtin_trap();
    if (gtzan::safeEntryPath(path, &why) != path) __builtin_trap(); // clean paths stay as they are
    if (gtzan::linkStaysInside(path, target, &why)) {
        // Independently: resolved against a deep fake root, the link must stay below it.
        const QString root = QStringLiteral("/r0/r1/r2/r3/r4/r5/r6/r7/r8/r9/r10/r11/r12/r13/r14/r15/r16/r17/r18/r19/r20/r21/r22/r23/r24/"
                                            "r25/r26/r27/r28/r29/r30/r31/r32/r33/r34/root");
        const QString base = QFileInfo(root + QLatin1Char('/') + path).path();
        const QString resolved = QDir::cleanPath(base + QLatin1Char('/') + target);
        if (resolved != root && !resolved.startsWith(root + QLatin1Char('/'))) __builtin_trap();
    }
}

void unpack(const uint8_t *data, size_t size) {
    static QTemporaryDir scratch;
    const QString archive = fuzzsupport::writeInput(data, size, QStringLiteral(".tar"));
    const QString target = scratch.filePath(QStringLiteral("target"));
    QDir(target).removeRecursively();
    gtzan::UnpackOptions o;
    o.maxTotalBytes = 1 << 20;
    try {
        gtzan::unpackArchiveSafely(archive, target, o);
    } catch (const gtzan::Error &) {}
    // Nothing beside the target folder, and nothing in it that is a link out of it.
    const QStringList beside = QDir(scratch.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (beside.size() > 1 || (beside.size() == 1 && beside.first() != QLatin1String("target"))) __builtin_trap();
    const QString real = QFileInfo(target).canonicalFilePath();
    QDirIterator it(target, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f(it.next());
        if (!f.isSymLink()) continue;
        const QString to = QDir::cleanPath(f.symLinkTarget()); // absolute
        if (to != real && !to.startsWith(real + QLatin1Char('/'))) __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    const QByteArray rest = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), int(size - 1));
    switch (data[0] % 3) {
    case 0:
        try {
            const auto mirrors = gtzan::parseMirrorList(rest);
            for (const auto &m : mirrors)
                if (!gtzan::downloadUrlRefusal(m.url).isEmpty() || m.sha256.size() != 64 || m.bytes < 1) __builtin_trap();
        } catch (const gtzan::Error &) {}
        break;
    case 1: checkPathRules(rest); break;
    default: unpack(data + 1, size - 1); break;
    }
    return 0;
}
