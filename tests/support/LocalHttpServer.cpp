#include "LocalHttpServer.h"
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <stdexcept>

namespace testsupport {

LocalHttpServer::LocalHttpServer() {
    if (!m_server.listen(QHostAddress::LocalHost)) throw std::runtime_error("cannot listen on 127.0.0.1");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (buffer->contains("\r\n\r\n")) {
                    const QByteArray request = *buffer;
                    buffer->clear();
                    answer(socket, request);
                }
            });
        }
    });
}

QUrl LocalHttpServer::url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path)); }

void LocalHttpServer::answer(QTcpSocket *socket, const QByteArray &request) {
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QString path = QString::fromLatin1(first.value(1));
    QString range;
    for (const QByteArray &l : lines)
        if (l.toLower().startsWith("range:")) range = QString::fromLatin1(l.mid(6).trimmed());
    m_ranges << range;
    if (!m_files.contains(path)) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray &body = m_files[path];
    qint64 from = 0;
    static const QRegularExpression bytes(QStringLiteral("^bytes=(\\d+)-$"));
    const auto m = bytes.match(range);
    QByteArray head;
    if (m.hasMatch() && !m_ignoreRanges) {
        from = m.captured(1).toLongLong();
        if (from >= body.size()) {
            socket->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + QByteArray::number(body.size()) +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(body.size() - 1) + '/' +
               QByteArray::number(body.size()) + "\r\n";
    } else {
        head = "HTTP/1.1 200 OK\r\n";
    }
    head += "Content-Type: application/gzip\r\nContent-Length: " + QByteArray::number(body.size() - from) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    qint64 send = body.size() - from;
    const bool drop = m_drops > 0 && m_dropAfter >= 0;
    if (drop) {
        send = std::min(send, m_dropAfter);
        --m_drops;
    }
    if (m_rate > 0 && !drop) { // twenty slices a second, each written when its time comes
        const QByteArray rest = body.mid(int(from), int(send));
        const qint64 slice = std::max<qint64>(1, m_rate / 20);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, rest, slice, sent] {
            const qint64 n = std::min<qint64>(slice, rest.size() - *sent);
            socket->write(rest.constData() + *sent, n);
            *sent += n;
            if (*sent >= rest.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(50);
        return;
    }
    socket->write(body.constData() + from, send);
    if (drop) // the connection breaks mid-body, once what was written has left
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0) QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        });
    else socket->disconnectFromHost();
}

} // namespace testsupport
