#include "download/ResumableDownload.h"
#include "common/Error.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace gtzan {

namespace {

// One connection: appends to the part file from `have` on. Returns the total size when the file
// is complete, -1 when the connection dropped (worth another try); throws for what retrying
// cannot mend (HTTP 404, a refused scheme, a full disk, cancel).
qint64 oneConnection(QNetworkAccessManager &nam, const QUrl &url, QFile &part, const DownloadOptions &o, QString &dropReason) {
    const qint64 have = part.size();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("GTZAN-Explorer"));
    request.setRawHeader("Accept-Encoding", "identity"); // byte ranges of the file itself, not of a re-compression
    if (have > 0) request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    std::unique_ptr<QNetworkReply> reply(nam.get(request));

    QEventLoop loop;
    QString fatal;
    bool started = false, cancelled = false;
    qint64 total = -1, received = have;
    QElapsedTimer sinceData, clock;
    sinceData.start();
    clock.start();
    const auto fail = [&](const QString &why) {
        if (fatal.isEmpty()) fatal = why;
        reply->abort();
    };
    const auto begin = [&]() {
        started = true;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 206) {
            static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
            const auto m = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
            if (!m.hasMatch() || m.captured(1).toLongLong() != have)
                return fail(QStringLiteral("%1: the server resumed at the wrong place (%2)")
                                .arg(url.toString(), QString::fromLatin1(reply->rawHeader("Content-Range")).left(80)));
            total = m.captured(3).toLongLong();
        } else if (status == 200) {
            if (have > 0) { // the server ignores ranges: start the part over
                part.resize(0);
                part.seek(0);
                received = 0;
            }
            total = reply->header(QNetworkRequest::ContentLengthHeader).isValid() ? length : -1;
        } else if (status != 416) {
            return fail(QStringLiteral("%1: the server answers HTTP %2 %3")
                            .arg(url.toString())
                            .arg(status)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(80)));
        }
        if (o.maxBytes > 0 && total > o.maxBytes)
            fail(QStringLiteral("%1: the server announces %2 MB, far more than expected (%3 MB)")
                     .arg(url.toString())
                     .arg(total >> 20)
                     .arg(o.maxBytes >> 20));
    };
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        if (!reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid() && !started) begin();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (!started) begin();
        if (!fatal.isEmpty()) return;
        const QByteArray bytes = reply->readAll();
        if (bytes.isEmpty()) return;
        sinceData.restart();
        if (part.write(bytes) != bytes.size()) return fail(QStringLiteral("%1: cannot write (%2)").arg(part.fileName(), part.errorString()));
        received += bytes.size();
        if (o.maxBytes > 0 && received > o.maxBytes)
            return fail(QStringLiteral("%1: the server sends more than the %2 MB expected").arg(url.toString()).arg(o.maxBytes >> 20));
        if (o.progress) o.progress(received, total, double(received - have) / std::max(0.001, clock.elapsed() / 1000.0));
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (o.cancel && o.cancel->load()) {
            cancelled = true;
            fail(QStringLiteral("%1: download cancelled").arg(url.toString()));
        } else if (sinceData.elapsed() > qint64(o.stallSeconds) * 1000) {
            dropReason = QStringLiteral("no data for %1 s").arg(o.stallSeconds);
            reply->abort();
        }
    });
    watch.start(100);
    if (!reply->isFinished()) loop.exec();
    watch.stop();
    part.flush();
    if (cancelled) throw Cancelled(fatal); // a cancel, by type (common/Error.h), not a failure
    if (!fatal.isEmpty()) throw Error(fatal);
    if (!started && reply->error() == QNetworkReply::NoError) begin();
    if (!fatal.isEmpty()) throw Error(fatal);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && have > 0) return have; // asked from the end: the part is the whole file
    if (reply->error() != QNetworkReply::NoError) {
        if (dropReason.isEmpty()) dropReason = reply->errorString();
        const int code = reply->error();
        // Content errors (404 and the like) and refused redirects are final; connection trouble is not.
        if (code >= QNetworkReply::ContentAccessDenied && code < QNetworkReply::ProtocolUnknownError)
            throw Error(QStringLiteral("%1: %2").arg(url.toString(), reply->errorString()));
        if (code == QNetworkReply::InsecureRedirectError || code == QNetworkReply::TooManyRedirectsError)
            throw Error(QStringLiteral("%1: %2").arg(url.toString(), reply->errorString()));
        return -1;
    }
    if (total >= 0 && part.size() != total) {
        dropReason = QStringLiteral("the connection ended after %1 of %2 bytes").arg(part.size()).arg(total);
        return -1;
    }
    return part.size();
}

} // namespace

qint64 downloadResumable(const QUrl &url, const QString &partPath, const DownloadOptions &o) {
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite | QIODevice::Append))
        throw Error(QStringLiteral("%1: cannot write the download (%2)").arg(partPath, part.errorString()));
    QNetworkAccessManager nam;
    nam.setAutoDeleteReplies(false);
    for (int attempt = 1;; ++attempt) {
        QString drop;
        const qint64 size = oneConnection(nam, url, part, o, drop);
        if (size >= 0) return size;
        if (attempt >= o.attempts)
            throw Error(QStringLiteral("%1: the connection kept dropping (%2); %3 bytes are kept for a later resume")
                            .arg(url.toString(), drop)
                            .arg(part.size()));
        if (o.say)
            o.say(QStringLiteral("Connection dropped (%1) after %2 MB; resuming (try %3 of %4)")
                      .arg(drop)
                      .arg(part.size() >> 20)
                      .arg(attempt + 1)
                      .arg(o.attempts));
        for (int waited = 0; waited < o.retryPauseMs; waited += 50) {
            if (o.cancel && o.cancel->load()) throw Cancelled(QStringLiteral("%1: download cancelled").arg(url.toString()));
            QThread::msleep(50);
        }
    }
}

} // namespace gtzan
