// Splits: tolerant split-file parsing, the real split lists against the real sample, seeded
// stratified splits, the validation split, and segments that never cross a split.
#include "TestSupport.h"
#include "common/Error.h"
#include "dataset/DatasetSplit.h"
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gtzan;

namespace {
QSet<QString> idsOf(const std::vector<ClipRecord> &v) {
    QSet<QString> s;
    for (const ClipRecord &c : v) s.insert(c.id);
    return s;
}

// 10 genres x n records, without files (splits only need ids and genres).
std::vector<ClipRecord> fakeClips(int perGenre) {
    std::vector<ClipRecord> v;
    for (int g = 0; g < gtzanGenres().size(); ++g)
        for (int k = 0; k < perGenre; ++k) {
            const QString genre = gtzanGenres()[g];
            v.push_back({QStringLiteral("%1/%1.%2").arg(genre).arg(k, 5, 10, QLatin1Char('0')), QString(), genre, g});
        }
    return v;
}
} // namespace

class TestDatasetSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitLinesAreTolerant_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << "blues/blues.00029.wav"
                               << "blues/blues.00029";
        QTest::newRow("dot slash") << "./blues/blues.00029.wav"
                                   << "blues/blues.00029";
        QTest::newRow("au") << "blues/blues.00029.au"
                            << "blues/blues.00029";
        QTest::newRow("genres prefix") << "genres/blues/blues.00029.au"
                                       << "blues/blues.00029";
        QTest::newRow("genres_original + dot") << "./genres_original/jazz/jazz.00054.wav"
                                               << "jazz/jazz.00054";
        QTest::newRow("windows, spaces, CRLF") << "  genres\\pop\\pop.00001.WAV \r\n"
                                               << "pop/pop.00001";
        QTest::newRow("bare file") << "metal.00003.wav"
                                   << "metal/metal.00003";
        QTest::newRow("no extension") << "rock/rock.00010"
                                      << "rock/rock.00010";
        QTest::newRow("blank") << "   "
                               << "";
        QTest::newRow("comment") << "# train list"
                                 << "";
    }
    void splitLinesAreTolerant() {
        QFETCH(QString, line);
        QFETCH(QString, id);
        QCOMPARE(clipIdFromSplitLine(line), id);
    }

    void realListsAgainstRealSample() {
        const DatasetScan scan = scanGtzan(testsupport::requireShared(QStringLiteral("data/gtzan-sample")));
        const QString dir = testsupport::requireShared(QStringLiteral("data/splits/fault-filtered"));
        const QStringList train = readSplitFile(dir + QStringLiteral("/train_filtered.txt"));
        const QStringList valid = readSplitFile(dir + QStringLiteral("/valid_filtered.txt"));
        const QStringList test = readSplitFile(dir + QStringLiteral("/test_filtered.txt"));
        QCOMPARE(train.size(), 443);
        QCOMPARE(valid.size(), 197);
        QCOMPARE(test.size(), 290);

        const DatasetSplit split = splitFromFolder(scan, dir);
        QVERIFY(split.overlaps().isEmpty());
        // Every sample clip that a list names is on that list's side, and nowhere else.
        const auto check = [&](const std::vector<ClipRecord> &side, const QStringList &list) {
            for (const ClipRecord &c : side) QVERIFY2(list.contains(c.id), qPrintable(c.id));
            int expected = 0;
            for (const ScannedClip &c : scan.clips) expected += list.contains(c.record.id);
            QCOMPARE(int(side.size()), expected);
        };
        check(split.train, train);
        check(split.validation, valid);
        check(split.test, test);
        QVERIFY(split.validation.size() > 0 && split.test.size() > 0);
        // Whatever the lists name that the 50-clip sample lacks is reported, one line each.
        const int found = int(split.train.size() + split.validation.size() + split.test.size());
        QCOMPARE(int(split.problems.size()), 443 + 197 + 290 - found);
        QVERIFY(split.problems.first().contains(QStringLiteral("is listed in")));
        QVERIFY(split.problems.first().contains(QStringLiteral("but missing")));
    }

    void gct634ListsSkipOtherGenresSilently() {
        ScanOptions o;
        o.genres = gct634Genres();
        const DatasetScan scan = scanGtzan(testsupport::requireShared(QStringLiteral("data/gtzan-sample")), o);
        const QString dir = testsupport::requireShared(QStringLiteral("data/splits/gct634-8genre"));
        QCOMPARE(readSplitFile(dir + QStringLiteral("/train.txt")).size(), 580);
        QCOMPARE(readSplitFile(dir + QStringLiteral("/test.txt")).size(), 150);
        DatasetSplit split = splitFromFolder(scan, dir);
        QVERIFY(split.validation.empty());
        for (const auto *side : {&split.train, &split.test})
            for (const ClipRecord &c : *side) {
                QVERIFY(gct634Genres().contains(c.genre));
                QCOMPARE(c.label, int(gct634Genres().indexOf(c.genre)));
            }
        // The fault-filtered lists (10 genres) on the 8-genre scan: blues/rock lines are not problems.
        const DatasetSplit ff = splitFromFolder(scan, testsupport::requireShared(QStringLiteral("data/splits/fault-filtered")));
        for (const QString &p : ff.problems) QVERIFY(!p.startsWith(QStringLiteral("blues/")) && !p.startsWith(QStringLiteral("rock/")));
    }

    void listedTwiceIsReported() {
        QTemporaryDir tmp;
        const DatasetScan scan = scanGtzan(testsupport::requireShared(QStringLiteral("data/gtzan-sample")));
        QFile a(tmp.filePath(QStringLiteral("train.txt"))), b(tmp.filePath(QStringLiteral("test.txt")));
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        a.write("./genres/blues/blues.00000.au\nblues/blues.00001.wav\n\n");
        b.write("blues/blues.00001.wav\nblues/blues.00002.wav\nblues/blues.00099.wav\n");
        a.close();
        b.close();
        const DatasetSplit s = splitFromFolder(scan, tmp.path());
        QCOMPARE(int(s.train.size()), 2);
        QCOMPARE(int(s.test.size()), 1);
        QCOMPARE(s.test.front().id, QStringLiteral("blues/blues.00002"));
        QCOMPARE(int(s.problems.size()), 2);
        QVERIFY(s.problems.join(QLatin1Char(' ')).contains(QStringLiteral("blues/blues.00001 is listed in train.txt and again in test.txt")));
        QVERIFY(s.problems.join(QLatin1Char(' ')).contains(QStringLiteral("blues/blues.00099 is listed in test.txt but missing")));
        QVERIFY_THROWS_EXCEPTION(Error, splitFromFolder(scan, tmp.filePath(QStringLiteral("none"))));
        QVERIFY_THROWS_EXCEPTION(Error, readSplitFile(tmp.filePath(QStringLiteral("none.txt"))));
    }

    void stratifiedSplitIsSeededAndStratified() {
        const std::vector<ClipRecord> clips = fakeClips(100);
        const DatasetSplit a = stratifiedSplit(clips, gtzanGenres(), 0.2, 11);
        const DatasetSplit b = stratifiedSplit(clips, gtzanGenres(), 0.2, 11);
        std::vector<ClipRecord> reversed(clips.rbegin(), clips.rend());
        const DatasetSplit r = stratifiedSplit(reversed, gtzanGenres(), 0.2, 11);
        const DatasetSplit c = stratifiedSplit(clips, gtzanGenres(), 0.2, 12);
        QCOMPARE(idsOf(a.test), idsOf(b.test));
        QCOMPARE(idsOf(a.test), idsOf(r.test)); // input order does not matter, only the seed
        QVERIFY(idsOf(a.test) != idsOf(c.test));
        QCOMPARE(int(a.test.size()), 200);
        QCOMPARE(int(a.train.size()), 800);
        QVERIFY(a.overlaps().isEmpty());
        QCOMPARE(
            a.toJson().value(QStringLiteral("test")).toObject().value(QStringLiteral("per_genre")).toObject().value(QStringLiteral("jazz")).toInt(),
            20);
    }

    void validationFivePerGenre() {
        DatasetSplit s = stratifiedSplit(fakeClips(100), gtzanGenres(), 0.2, 5);
        DatasetSplit t = s;
        carveValidation(s, 5, 99);
        carveValidation(t, 5, 99);
        QCOMPARE(int(s.validation.size()), 50);
        QCOMPARE(int(s.train.size()), 750);
        QCOMPARE(idsOf(s.validation), idsOf(t.validation));
        QVERIFY(s.overlaps().isEmpty());
        const QJsonObject perGenre = s.toJson().value(QStringLiteral("validation")).toObject().value(QStringLiteral("per_genre")).toObject();
        for (const QString &g : gtzanGenres()) QCOMPARE(perGenre.value(g).toInt(), 5);
        // Too few clips: one stays for training, and it is said.
        DatasetSplit small = stratifiedSplit(fakeClips(3), gtzanGenres(), 0.0, 1);
        carveValidation(small, 5, 1);
        QCOMPARE(int(small.train.size()), 10);
        QCOMPARE(int(small.validation.size()), 20);
        QCOMPARE(int(small.problems.size()), 10);
    }

    void segmentsNeverCrossTheSplit() {
        DatasetSplit s = stratifiedSplit(fakeClips(20), gtzanGenres(), 0.25, 3);
        carveValidation(s, 5, 3);
        const auto segmentsOf = [](const std::vector<ClipRecord> &side, int frames) {
            std::vector<ClipFeatures> feats;
            for (const ClipRecord &c : side) feats.push_back({c, Matrix(96, frames), 0, {}, FeatureSpec::gct634()});
            QSet<QString> owners;
            const std::vector<SegmentRef> segs = segmentClips(feats, 125, 0);
            for (const SegmentRef &r : segs) owners.insert(feats[size_t(r.clipIndex)].clip.id);
            return std::make_pair(owners, segs.size());
        };
        const auto [train, nTrain] = segmentsOf(s.train, 938); // 30 s at 16 kHz, hop 512
        const auto [valid, nValid] = segmentsOf(s.validation, 938);
        const auto [test, nTest] = segmentsOf(s.test, 938);
        QCOMPARE(nTrain, s.train.size() * 7); // about 7 four-second segments per 30 s clip
        QCOMPARE(nTest, s.test.size() * 7);
        QCOMPARE(nValid, size_t(50 * 7));
        QVERIFY(!train.intersects(test) && !train.intersects(valid) && !valid.intersects(test));
        QCOMPARE(train, idsOf(s.train));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplit)
#include "test_dataset_split.moc"
