// A generated full-size GTZAN (1000 clips of 30 s, genres_original/ .wav layout, with the real
// data set's corrupt jazz.00054.wav), made once into a temp dir: scan, the real split lists,
// seeded splits, segments, and the feature cache cold and warm.
// Set GTZAN_FULLSIZE_DIR to keep the generated set (e.g. for `gtzan-cli bench dataset`).
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "dataset/DatasetSplit.h"
#include "dataset/FeatureLoader.h"
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gtzan;

class TestDatasetFullSize : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    DatasetScan m_scan;

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("GTZAN_FULLSIZE_DIR");
        if (m_dir.isEmpty()) m_dir = m_tmp.path();
        const QString marker = QDir(m_dir).filePath(QStringLiteral("genres_original/rock/rock.00099.wav"));
        if (!QFile::exists(marker)) {
            QElapsedTimer t;
            t.start();
            testsupport::GeneratedGtzan g;
            g.dir = m_dir;
            g.clipsPerGenre = 100;
            g.corrupt = QStringList{QStringLiteral("jazz/jazz.00054")};
            testsupport::writeGeneratedGtzan(g);
            qInfo("generated 1000 clips in %.1f s", t.elapsed() / 1000.0);
        }
        QElapsedTimer t;
        t.start();
        m_scan = scanGtzan(m_dir); // given one level too high, as a user would
        qInfo("scanned in %.2f s", t.elapsed() / 1000.0);
    }

    void scanCountsAndTheCorruptClip() {
        QCOMPARE(m_scan.layout, QStringLiteral("genres_original"));
        QCOMPARE(int(m_scan.clips.size()), 999);
        QCOMPARE(int(m_scan.problems.size()), 1);
        QVERIFY2(m_scan.problems.first().startsWith(QStringLiteral("jazz/jazz.00054 left out: ")), qPrintable(m_scan.problems.first()));
        const auto counts = m_scan.countsByGenre();
        for (const QString &g : gtzanGenres()) QCOMPARE(counts.value(g), g == QLatin1String("jazz") ? 99 : 100);
        QVERIFY(std::fabs(m_scan.totalSeconds() - 999 * 30.0) < 1.0);
        QCOMPARE(m_scan.formats().value(QStringLiteral("WAV PCM 16-bit 22050 Hz mono")), 999);
        ScanOptions o;
        o.genres = gct634Genres();
        QCOMPARE(int(scanGtzan(m_dir, o).clips.size()), 799);
    }

    void realSplitListsOnTheFullSet() {
        const DatasetSplit ff = splitFromFolder(m_scan, testsupport::requireShared(QStringLiteral("data/splits/fault-filtered")));
        QCOMPARE(int(ff.train.size()), 443 - 1); // jazz.00054 is listed for training, and missing
        QCOMPARE(int(ff.validation.size()), 197);
        QCOMPARE(int(ff.test.size()), 290);
        QCOMPARE(ff.problems,
                 QStringList{QStringLiteral("jazz/jazz.00054 is listed in train_filtered.txt but missing from %1").arg(m_scan.genreRoot)});
        QVERIFY(ff.overlaps().isEmpty());

        ScanOptions o;
        o.genres = gct634Genres();
        const DatasetScan eight = scanGtzan(m_dir, o);
        DatasetSplit g = splitFromFolder(eight, testsupport::requireShared(QStringLiteral("data/splits/gct634-8genre")));
        QCOMPARE(int(g.train.size()), 580 - 1);
        QCOMPARE(int(g.test.size()), 150);
        carveValidation(g, 5, 2020);
        QCOMPARE(int(g.validation.size()), 40);
        QCOMPARE(int(g.train.size()), 580 - 1 - 40);
        QVERIFY(g.overlaps().isEmpty());
        QCOMPARE(g.toJson()
                     .value(QStringLiteral("validation"))
                     .toObject()
                     .value(QStringLiteral("per_genre"))
                     .toObject()
                     .value(QStringLiteral("metal"))
                     .toInt(),
                 5);
    }

    void seededSplitOnTheFullSet() {
        DatasetSplit a = stratifiedSplit(m_scan.records(), gtzanGenres(), 0.2, 42);
        DatasetSplit b = stratifiedSplit(m_scan.records(), gtzanGenres(), 0.2, 42);
        carveValidation(a, 5, 42);
        carveValidation(b, 5, 42);
        QCOMPARE(int(a.test.size()), 9 * 20 + 20); // jazz: round(99 x 0.2) = 20
        QCOMPARE(int(a.validation.size()), 50);
        QCOMPARE(int(a.train.size() + a.validation.size() + a.test.size()), 999);
        QVERIFY(a.overlaps().isEmpty());
        for (size_t i = 0; i < a.train.size(); ++i) QCOMPARE(a.train[i].id, b.train[i].id);
        for (size_t i = 0; i < a.test.size(); ++i) QCOMPARE(a.test[i].id, b.test[i].id);
    }

    void featureCacheColdThenWarmWithSegments() {
        // Every 5th clip (200): enough for the cache at scale without making the suite slow.
        // The benchmark (gtzan-cli bench dataset) runs all 1000.
        DatasetSplit split = stratifiedSplit(m_scan.records(), gtzanGenres(), 0.2, 7);
        std::vector<ClipRecord> train, test;
        for (size_t i = 0; i < split.train.size(); i += 5) train.push_back(split.train[i]);
        for (size_t i = 0; i < split.test.size(); i += 5) test.push_back(split.test[i]);
        FeatureLoadOptions o;
        o.cacheDir = m_tmp.filePath(QStringLiteral("cache"));
        o.threads = 2;
        FeatureLoadReport cold, warm;
        o.report = &cold;
        const FeatureSpec spec = FeatureSpec::gct634();
        const auto trainF = loadClipFeatures(train, spec, o);
        const auto testF = loadClipFeatures(test, spec, o);
        QCOMPARE(cold.cacheHits, 0);
        o.report = &warm;
        const auto trainW = loadClipFeatures(train, spec, o);
        QCOMPARE(warm.computed, 0);
        QCOMPARE(warm.cacheHits, int(train.size()));
        qInfo("train features: cold %.0f ms, warm %.0f ms for %d clips", cold.wallMs, warm.wallMs, int(train.size()));
        for (size_t i = 0; i < trainF.size(); ++i) QVERIFY(trainF[i].features.data == trainW[i].features.data);

        // 7 four-second segments per clip, each knowing its clip; no clip on both sides.
        const auto trainSegs = segmentClips(trainF, spec.segmentFrames());
        const auto testSegs = segmentClips(testF, spec.segmentFrames());
        QCOMPARE(trainSegs.size(), trainF.size() * 7);
        QCOMPARE(testSegs.size(), testF.size() * 7);
        QSet<QString> trainOwners, testOwners;
        for (const SegmentRef &s : trainSegs) trainOwners.insert(trainF[size_t(s.clipIndex)].clip.id);
        for (const SegmentRef &s : testSegs) testOwners.insert(testF[size_t(s.clipIndex)].clip.id);
        QVERIFY(!trainOwners.intersects(testOwners));
        QCOMPARE(int(trainOwners.size()), int(train.size()));
    }
};

QTEST_GUILESS_MAIN(TestDatasetFullSize)
#include "test_dataset_fullsize.moc"
