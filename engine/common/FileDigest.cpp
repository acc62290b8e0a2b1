#include "common/FileDigest.h"
#include "common/Error.h"
#include <QCryptographicHash>
#include <QFile>

namespace gtzan {

QString sha1OfFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&f)) throw Error(QStringLiteral("%1: cannot be read to the end").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace gtzan
