#pragma once
#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace testsupport {

// A small HTTP/1.1 file server on 127.0.0.1 for the download tests, living in the test's thread
// (the downloader's own event loop serves it). It answers GET with 200, or 206 for a
// "Range: bytes=N-" request (416 past the end), 404 for unknown paths, and can drop the first
// connections after a number of bytes, as a flaky network does. It records each request's
// Range header ("" when none) so a test can see a resume happen.
class LocalHttpServer : public QObject {
public:
    LocalHttpServer();
    void serve(const QString &path, const QByteArray &body) { m_files.insert(path, body); }
    QUrl url(const QString &path) const;
    // The next `connections` responses stop after `bytes` bytes of body and close the socket.
    void dropAfter(qint64 bytes, int connections = 1) {
        m_dropAfter = bytes;
        m_drops = connections;
    }
    void ignoreRanges(bool on) { m_ignoreRanges = on; }
    // Bodies go out at about this many bytes a second (0: as fast as the socket takes them), so a
    // download lasts long enough to be seen.
    void setRate(qint64 bytesPerSecond) { m_rate = bytesPerSecond; }
    const QStringList &ranges() const { return m_ranges; }

private:
    void answer(QTcpSocket *socket, const QByteArray &request);
    QTcpServer m_server;
    QHash<QString, QByteArray> m_files;
    QStringList m_ranges;
    qint64 m_dropAfter = -1;
    int m_drops = 0;
    bool m_ignoreRanges = false;
    qint64 m_rate = 0;
};

} // namespace testsupport
