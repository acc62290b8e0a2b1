#include "download/GtzanMirrors.h"
#include "common/Error.h"
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {

namespace {
constexpr qint64 kMaxBytes = qint64(1) << 40; // 1 TB: nothing GTZAN-like is larger
constexpr int kMaxMirrors = 64;

qint64 sizeField(const QJsonObject &o, const QString &key, const QString &what) {
    const double v = o.value(key).toDouble(-1);
    if (!(v >= 1 && v <= double(kMaxBytes))) throw Error(QStringLiteral("%1: \"%2\" is not a size between 1 byte and 1 TB").arg(what, key));
    return qint64(v);
}
} // namespace

QByteArray normalisedSha256(const QString &hex) {
    const QByteArray h = hex.trimmed().toLatin1().toLower();
    if (h.size() != 64) return {};
    for (char c : h)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return {};
    return h;
}

QString downloadUrlRefusal(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty()) return QStringLiteral("\"%1\" is not a web address").arg(url.toString().left(200));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) return {};
    if (scheme == QLatin1String("http")) {
        const QHostAddress host(url.host());
        if (url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback())) return {};
        return QStringLiteral("%1: plain http is refused (only https, or this machine's own loopback address)").arg(url.toString().left(200));
    }
    return QStringLiteral("%1: only https addresses are downloaded from").arg(url.toString().left(200));
}

std::vector<ArchiveMirror> parseMirrorList(const QByteArray &json) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("the mirror list is not valid JSON (%1)").arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("gtzan-explorer-mirrors"))
        throw Error(QStringLiteral("not a mirror list (no \"format\": \"gtzan-explorer-mirrors\")"));
    const QJsonArray list = root.value(QStringLiteral("mirrors")).toArray();
    if (list.isEmpty() || list.size() > kMaxMirrors)
        throw Error(QStringLiteral("the mirror list names %1 mirrors (1 to %2)").arg(list.size()).arg(kMaxMirrors));
    std::vector<ArchiveMirror> out;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ArchiveMirror m;
        m.name = o.value(QStringLiteral("name")).toString().left(200);
        const QString what = QStringLiteral("mirror %1 (%2)").arg(i + 1).arg(m.name.isEmpty() ? QStringLiteral("no name") : m.name);
        if (m.name.isEmpty()) throw Error(QStringLiteral("%1 has no name").arg(what));
        m.url = QUrl(o.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        const QString refusal = downloadUrlRefusal(m.url);
        if (!refusal.isEmpty()) throw Error(QStringLiteral("%1: %2").arg(what, refusal));
        m.sha256 = normalisedSha256(o.value(QStringLiteral("sha256")).toString());
        if (m.sha256.isEmpty()) throw Error(QStringLiteral("%1: \"sha256\" is not 64 hex digits").arg(what));
        m.bytes = sizeField(o, QStringLiteral("bytes"), what);
        m.unpackedBytes = sizeField(o, QStringLiteral("unpackedBytes"), what);
        out.push_back(m);
    }
    return out;
}

std::vector<ArchiveMirror> knownGtzanMirrors() {
    QFile f(QStringLiteral(":/download/gtzan-mirrors.json"));
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("the program's mirror list is missing (:/download/gtzan-mirrors.json)"));
    return parseMirrorList(f.readAll());
}

} // namespace gtzan
