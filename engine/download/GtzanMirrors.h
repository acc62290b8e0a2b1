#pragma once
#include <QByteArray>
#include <QString>
#include <QUrl>
#include <vector>

namespace gtzan {

// Where GTZAN's genres.tar.gz can be fetched, from a resource file (resources/download/
// gtzan-mirrors.json, at :/download): each mirror with the archive's SHA-256, which decides
// whether its bytes are GTZAN, and its size and unpacked size, which size the disk-space check
// and bound the unpacking (they are approximate; the checksum is exact).
struct ArchiveMirror {
    QString name;
    QUrl url;
    QByteArray sha256;        // 64 lower-case hex digits
    qint64 bytes = 0;         // the archive, about
    qint64 unpackedBytes = 0; // what it unpacks to, about
};

// Parses a mirror list; throws gtzan::Error saying which entry is wrong (a URL refused by
// downloadUrlRefusal, a checksum that is not 64 hex digits, a size out of 1 byte..1 TB, no
// mirrors at all, more than 64).
std::vector<ArchiveMirror> parseMirrorList(const QByteArray &json);

// The list the program carries.
std::vector<ArchiveMirror> knownGtzanMirrors();

// Why a URL may not be downloaded from, or empty when it may: https anywhere; plain http only to
// this machine's loopback (the tests' local server), since the checksum guards the bytes but not
// what a network observer learns or injects before it is checked.
QString downloadUrlRefusal(const QUrl &url);

// "24347e02..." from any case, or empty when `hex` is not a SHA-256.
QByteArray normalisedSha256(const QString &hex);

} // namespace gtzan
