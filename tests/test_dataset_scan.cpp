// Scanning GTZAN roots: the real sample, generated sets in both layouts, roots given too high
// or too low, and the problems a scan must report without stopping.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gtzan;

namespace {
bool anyProblemMentions(const DatasetScan &s, const QString &what) {
    for (const QString &p : s.problems)
        if (p.contains(what)) return true;
    return false;
}
} // namespace

class TestDatasetScan : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_auRoot, m_wavRoot;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        testsupport::GeneratedGtzan au;
        au.dir = m_tmp.filePath(QStringLiteral("au"));
        au.layout = QStringLiteral("genres");
        au.clipsPerGenre = 3;
        au.seconds = 2.0;
        m_auRoot = testsupport::writeGeneratedGtzan(au);
        testsupport::GeneratedGtzan wav = au;
        wav.dir = m_tmp.filePath(QStringLiteral("wav"));
        wav.layout = QStringLiteral("genres_original");
        wav.genres = gct634Genres();
        wav.corrupt = QStringList{QStringLiteral("jazz/jazz.00001")};
        m_wavRoot = testsupport::writeGeneratedGtzan(wav);
    }

    void realSample() {
        const QString root = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        const DatasetScan s = scanGtzan(root);
        QCOMPARE(int(s.clips.size()), 50);
        QCOMPARE(s.layout, QStringLiteral("genres"));
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(QLatin1Char('\n'))));
        for (int n : s.countsByGenre()) QCOMPARE(n, 5);
        QCOMPARE(s.formats().size(), 1);
        QCOMPARE(s.formats().firstKey(), QStringLiteral("WAV PCM 16-bit 22050 Hz mono"));
        QVERIFY(s.totalSeconds() > 50 * 29.9 && s.totalSeconds() < 50 * 30.7);
        for (const ScannedClip &c : s.clips) {
            QCOMPARE(c.record.label, int(gtzanGenres().indexOf(c.record.genre)));
            QVERIFY(c.record.id.startsWith(c.record.genre + QLatin1Char('/')));
            QVERIFY(QFile::exists(c.record.path));
            QCOMPARE(c.sampleRate, 22050);
            QCOMPARE(c.channels, 1);
        }
        QCOMPARE(s.clips.front().record.id, QStringLiteral("blues/blues.00000"));
    }

    void realSampleGct634() {
        ScanOptions o;
        o.genres = genreSet(QStringLiteral("gct634"));
        const DatasetScan s = scanGtzan(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres")), o);
        QCOMPARE(int(s.clips.size()), 40);
        QCOMPARE(s.countsByGenre().size(), 8);
        for (const ScannedClip &c : s.clips) {
            QVERIFY(c.record.genre != QLatin1String("blues") && c.record.genre != QLatin1String("rock"));
            QCOMPARE(c.record.genre, gct634Genres().at(c.record.label));
        }
    }

    void rootTooHighOrTooLow() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const DatasetScan high = scanGtzan(sample);
        QCOMPARE(int(high.clips.size()), 50);
        QCOMPARE(QFileInfo(high.genreRoot).fileName(), QStringLiteral("genres"));
        const DatasetScan low = scanGtzan(QDir(sample).filePath(QStringLiteral("genres/jazz")));
        QCOMPARE(int(low.clips.size()), 50);
        // Two levels too high, as Kaggle's Data/genres_original.
        const DatasetScan twoUp = scanGtzan(m_tmp.path());
        QVERIFY(twoUp.genreRoot.endsWith(QStringLiteral("au/genres"))); // 10 genre folders beat 8
        QCOMPARE(int(twoUp.clips.size()), 30);
    }

    void generatedAuLayout() {
        ScanOptions o;
        o.expectedSeconds = 2.0;
        const DatasetScan s = scanGtzan(m_auRoot, o);
        QCOMPARE(s.layout, QStringLiteral("genres"));
        QCOMPARE(int(s.clips.size()), 30);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(QLatin1Char('\n'))));
        QCOMPARE(s.formats().firstKey(), QStringLiteral("AU PCM 16-bit 22050 Hz mono"));
        QCOMPARE(s.clips[3].record.id, QStringLiteral("classical/classical.00000"));
        QVERIFY(std::fabs(s.clips[3].seconds - 2.0) < 1e-6);
    }

    void generatedWavLayoutReportsProblems() {
        // The 8-genre set asked for "all": blues and rock folders are missing; jazz.00001 is corrupt;
        // add an unknown genre folder, a clip of the wrong length and an oddly named file.
        QDir(m_wavRoot).mkpath(QStringLiteral("polka"));
        testsupport::GeneratedGtzan extra;
        extra.dir = m_tmp.filePath(QStringLiteral("extra"));
        extra.genres = {QStringLiteral("pop")};
        extra.clipsPerGenre = 1;
        extra.seconds = 0.5;
        const QString extraRoot = testsupport::writeGeneratedGtzan(extra);
        QVERIFY(QFile::copy(extraRoot + QStringLiteral("/pop/pop.00000.wav"), m_wavRoot + QStringLiteral("/pop/pop.00077.wav")));
        QVERIFY(QFile::copy(extraRoot + QStringLiteral("/pop/pop.00000.wav"), m_wavRoot + QStringLiteral("/pop/my song.wav")));

        ScanOptions o;
        o.expectedSeconds = 2.0;
        o.durationTolerance = 0.1;
        const DatasetScan s = scanGtzan(m_wavRoot, o);
        QCOMPARE(s.layout, QStringLiteral("genres_original"));
        QCOMPARE(int(s.clips.size()), 8 * 3 - 1 + 2);
        QVERIFY(anyProblemMentions(s, QStringLiteral("jazz/jazz.00001 left out")));
        QVERIFY(anyProblemMentions(s, QStringLiteral("polka: unknown genre folder")));
        QVERIFY(anyProblemMentions(s, QStringLiteral("no folder for genre blues")));
        QVERIFY(anyProblemMentions(s, QStringLiteral("no folder for genre rock")));
        QVERIFY(anyProblemMentions(s, QStringLiteral("pop/pop.00077: 0.50 s long")));
        QVERIFY(anyProblemMentions(s, QStringLiteral("my song.wav: name does not follow pop.NNNNN")));
        QCOMPARE(s.countsByGenre().value(QStringLiteral("jazz")), 2);
        QCOMPARE(s.countsByGenre().value(QStringLiteral("pop")), 5);
        QCOMPARE(s.countsByGenre().value(QStringLiteral("blues")), 0);
        for (const QString &p : s.problems) QVERIFY2(p.size() > 20, qPrintable(p)); // sentences, not codes
        QFile::remove(m_wavRoot + QStringLiteral("/pop/pop.00077.wav"));
        QFile::remove(m_wavRoot + QStringLiteral("/pop/my song.wav"));
        QDir(m_wavRoot).rmdir(QStringLiteral("polka"));
    }

    void missingRootIsAnError() {
        QVERIFY_THROWS_EXCEPTION(Error, scanGtzan(m_tmp.filePath(QStringLiteral("nowhere"))));
        QDir(m_tmp.path()).mkpath(QStringLiteral("empty/inside"));
        try {
            scanGtzan(m_tmp.filePath(QStringLiteral("empty")));
            QFAIL("an empty folder must not scan");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("no GTZAN genre folders")));
        }
    }

    void cancelStops() {
        std::atomic_bool cancel{true};
        ScanOptions o;
        o.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Error, scanGtzan(m_auRoot, o));
    }
};

QTEST_GUILESS_MAIN(TestDatasetScan)
#include "test_dataset_scan.moc"
