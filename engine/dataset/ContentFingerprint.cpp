#include "dataset/ContentFingerprint.h"
#include "common/Error.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace gtzan {

QByteArray contentFingerprint(const QString &path) {
    constexpr qint64 kEdge = 64 << 10; // with size and time, the edges catch same-size rewrites cheaply
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
    const qint64 size = f.size();
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(QByteArray::number(size) + ':' + QByteArray::number(QFileInfo(f).lastModified().toMSecsSinceEpoch()) + ':');
    h.addData(f.read(std::min(size, kEdge)));
    if (size > kEdge) {
        f.seek(std::max(kEdge, size - kEdge));
        h.addData(f.readAll());
    }
    return h.result().toHex();
}

} // namespace gtzan
