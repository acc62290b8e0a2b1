// Cancellation has a type: every long engine function that stops because its cancel flag is set
// throws gtzan::Cancelled (an Error, so plain error reporting still works), which callers tell
// from a failure by type, never by the message's words. A cancel inside one clip's decoding is not
// that clip's problem: the loops over clips stop instead of listing it.
#include "LocalHttpServer.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/FeatureLoader.h"
#include "download/ResumableDownload.h"
#include "download/SafeUnpack.h"
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

namespace {
// Runs f and says whether it threw Cancelled (a plain Error, or nothing, is a failure of the test).
template <typename F> QString cancelledMessage(F f) {
    try {
        f();
    } catch (const Cancelled &c) {
        return c.message();
    } catch (const Error &e) {
        return QStringLiteral("NOT Cancelled but Error: ") + e.message();
    }
    return QStringLiteral("NOT Cancelled: it finished");
}
} // namespace

class TestCancellation : public QObject {
    Q_OBJECT
    std::atomic_bool m_cancel{true};
    QString m_genres;

private Q_SLOTS:
    void initTestCase() { m_genres = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres")); }

    void theFlagHelperThrowsCancelled() {
        QCOMPARE(cancelledMessage([&] { throwIfCancelled(&m_cancel); }), QStringLiteral("cancelled"));
        std::atomic_bool off{false};
        throwIfCancelled(&off);
        throwIfCancelled(nullptr);
    }

    void decodingScanningAndFeaturesStopWithCancelled() {
        const QString clip = m_genres + QStringLiteral("/jazz/jazz.00001.wav");
        DecodeOptions d;
        d.cancel = &m_cancel;
        const QString decoding = cancelledMessage([&] { decodeAudio(clip, d); });
        QVERIFY2(decoding.contains(QStringLiteral("jazz.00001.wav")) && !decoding.startsWith(QStringLiteral("NOT")), qPrintable(decoding));
        ScanOptions s;
        s.cancel = &m_cancel;
        const QString scanning = cancelledMessage([&] { scanGtzan(m_genres, s); });
        QVERIFY2(!scanning.startsWith(QStringLiteral("NOT")), qPrintable(scanning));

        // Features: a cancel during the clips is not listed as clips that failed.
        const DatasetScan scan = scanGtzan(m_genres);
        std::vector<ClipRecord> clips;
        for (size_t i = 0; i < 4; ++i) clips.push_back(scan.clips[i].record);
        std::atomic_bool later{false};
        FeatureLoadReport report;
        FeatureLoadOptions f;
        f.cancel = &later;
        f.report = &report;
        f.threads = 1;
        f.progress = [&](int, int) { later = true; }; // cancelled after the first clip
        const QString features = cancelledMessage([&] { loadClipFeatures(clips, FeatureSpec::gct634(), f); });
        QVERIFY2(!features.startsWith(QStringLiteral("NOT")), qPrintable(features));
        QVERIFY2(report.problems.filter(QStringLiteral("cancel")).isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void aDownloadStopsWithCancelledAndKeepsItsPart() {
        testsupport::LocalHttpServer server;
        server.serve(QStringLiteral("/big"), QByteArray(4 << 20, 'x'));
        server.setRate(1 << 20); // four seconds: the cancel lands mid-file
        QTemporaryDir dir;
        std::atomic_bool later{false};
        DownloadOptions o;
        o.cancel = &later;
        o.progress = [&](qint64 received, qint64, double) {
            if (received > 0) later = true;
        };
        const QString part = dir.filePath(QStringLiteral("big.part"));
        const QString downloading = cancelledMessage([&] { downloadResumable(server.url(QStringLiteral("/big")), part, o); });
        QVERIFY2(!downloading.startsWith(QStringLiteral("NOT")), qPrintable(downloading));
        QVERIFY(QFileInfo(part).size() > 0 && QFileInfo(part).size() < (4 << 20));
    }

    void unpackingStopsWithCancelledAndLeavesNothing() {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("a.tar"));
        QFile f(archive);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1024, '\0')); // an empty tar
        f.close();
        UnpackOptions o;
        o.cancel = &m_cancel;
        const QString unpacking = cancelledMessage([&] { unpackArchiveSafely(archive, dir.filePath(QStringLiteral("t")), o); });
        QVERIFY2(!unpacking.startsWith(QStringLiteral("NOT")), qPrintable(unpacking));
        QVERIFY(QDir(dir.filePath(QStringLiteral("t"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCancellation)
#include "test_cancellation.moc"
