// The feature cache and loadClipFeatures: cold/warm runs, invalidation by audio and spec,
// corrupt cache files, offline and online augmentation, failures, cancel and progress.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "audio/AudioInfo.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/FeatureCache.h"
#include "dataset/FeatureLoader.h"
#include "dsp/MelSpectrogram.h"
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace gtzan;

namespace {
QStringList cacheFiles(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.gfc")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) out << it.next();
    out.sort();
    return out;
}
} // namespace

class TestDatasetCache : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::vector<ClipRecord> m_sample;    // 6 real clips
    std::vector<ClipRecord> m_generated; // 8 short generated clips
    FeatureSpec m_spec = FeatureSpec::gct634();

    QString freshCacheDir(const QString &name) { return m_tmp.filePath(QStringLiteral("cache-") + name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        const DatasetScan scan = scanGtzan(testsupport::requireShared(QStringLiteral("data/gtzan-sample")));
        for (size_t i = 0; i < scan.clips.size(); i += 9) m_sample.push_back(scan.clips[i].record);
        QCOMPARE(int(m_sample.size()), 6);
        testsupport::GeneratedGtzan g;
        g.dir = m_tmp.filePath(QStringLiteral("gen"));
        g.genres = {QStringLiteral("disco"), QStringLiteral("metal")};
        g.clipsPerGenre = 4;
        g.seconds = 5.0;
        ScanOptions o;
        o.expectedSeconds = 5.0;
        m_generated = scanGtzan(testsupport::writeGeneratedGtzan(g), o).records();
        QCOMPARE(int(m_generated.size()), 8);
    }

    void coldThenWarmOnRealClips() {
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("real"));
        o.threads = 2;
        FeatureLoadReport cold, warm;
        std::atomic<int> calls{0};
        int lastDone = 0;
        o.progress = [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 6);
            lastDone = std::max(lastDone, done);
        };
        o.report = &cold;
        const std::vector<ClipFeatures> a = loadClipFeatures(m_sample, m_spec, o);
        QCOMPARE(calls.load(), 6);
        QCOMPARE(lastDone, 6);
        QCOMPARE(cold.computed, 6);
        QCOMPARE(cold.cacheHits, 0);
        QVERIFY(cold.problems.isEmpty());
        QCOMPARE(int(cacheFiles(o.cacheDir).size()), 6);
        o.report = &warm;
        const std::vector<ClipFeatures> b = loadClipFeatures(m_sample, m_spec, o);
        QCOMPARE(warm.computed, 0);
        QCOMPARE(warm.cacheHits, 6);
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].clip.id, m_sample[i].id); // clip order, whatever the threads did
            QCOMPARE(a[i].augmentation, 0);
            QCOMPARE(a[i].features.rows, 96);
            const qint64 resampled = std::llround(double(probeAudio(m_sample[i].path).frames) * 16000 / 22050);
            QVERIFY(std::abs(a[i].features.cols - m_spec.framesFor(resampled)) <= 1); // ~938: 30 s at 16 kHz, hop 512
            QVERIFY(a[i].features.data == b[i].features.data);
        }
        // The cached features are the feature engine's own, bit for bit.
        QVERIFY(a[2].features.data == melFeaturesOfFile(m_sample[2].path, m_spec).data);
    }

    void specChangeAndAudioChangeInvalidate() {
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("inval"));
        FeatureLoadReport r;
        o.report = &r;
        std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 3);
        loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.computed, 3);
        FeatureSpec other = m_spec;
        other.nMels = 64;
        const auto f64 = loadClipFeatures(clips, other, o);
        QCOMPARE(r.computed, 3);
        QCOMPARE(f64.front().features.rows, 64);
        // Rewrite one clip with other audio of the same length and name: only it is recomputed.
        QTemporaryDir work;
        const QString copy = work.filePath(QStringLiteral("disco.00001.wav"));
        QVERIFY(QFile::copy(clips[1].path, copy));
        clips[1].path = copy;
        loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.computed, 1); // a new file (new time) is a new entry
        const auto before = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.cacheHits, 3);
        writeAudio(copy, Audio{testsupport::sine(1234.0, 5.0, 22050), 22050});
        const auto after = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.computed, 1);
        QCOMPARE(r.cacheHits, 2);
        QVERIFY(before[1].features.data != after[1].features.data);
        QVERIFY(before[0].features.data == after[0].features.data);
    }

    void corruptCacheFilesAreRecomputed() {
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("corrupt"));
        FeatureLoadReport r;
        o.report = &r;
        const std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 3);
        const auto good = loadClipFeatures(clips, m_spec, o);
        const QStringList files = cacheFiles(o.cacheDir);
        QCOMPARE(int(files.size()), 3);
        { // flip one byte in the middle of the data
            QFile f(files[0]);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            char c;
            f.getChar(&c);
            f.seek(f.size() / 2);
            f.putChar(char(c ^ 0x40));
        }
        { // truncate another
            QFile f(files[1]);
            QVERIFY(f.resize(f.size() - 100));
        }
        { // replace the third by text
            QFile f(files[2]);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a cache file");
        }
        const auto again = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.cacheRejected, 3);
        QCOMPARE(r.computed, 3);
        QCOMPARE(r.cacheHits, 0);
        for (size_t i = 0; i < good.size(); ++i) QVERIFY(good[i].features.data == again[i].features.data);
        loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.cacheHits, 3); // rewritten good ones
        QCOMPARE(r.cacheRejected, 0);
    }

    void offlineAugmentationIsCachedAndDeterministic() {
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("offline"));
        o.augmentation = AugmentationChain::gct634(77);
        o.augmentedCopies = 1;
        o.threads = 2;
        FeatureLoadReport r;
        o.report = &r;
        const std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 4);
        const auto a = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(int(a.size()), 8);
        QCOMPARE(r.computed, 8);
        for (size_t i = 0; i < a.size(); i += 2) {
            QCOMPARE(a[i].augmentation, 0);
            QCOMPARE(a[i + 1].augmentation, 1);
            QCOMPARE(a[i].clip.id, a[i + 1].clip.id);
            QVERIFY(a[i].features.data != a[i + 1].features.data);
        }
        // Without the disk cache, a second computation gives the same bits (same seed).
        FeatureLoadOptions noCache = o;
        noCache.cacheDir.clear();
        noCache.report = nullptr;
        const auto b = loadClipFeatures(clips, m_spec, noCache);
        for (size_t i = 0; i < a.size(); ++i) QVERIFY(a[i].features.data == b[i].features.data);
        loadClipFeatures(clips, m_spec, o);
        QCOMPARE(r.cacheHits, 8);
        noCache.augmentation.seed = 78;
        const auto c = loadClipFeatures(clips, m_spec, noCache);
        QVERIFY(c[1].features.data != a[1].features.data);
        QVERIFY(c[0].features.data == a[0].features.data);
    }

    void onlineAugmentationDrawsAnewEachEpoch() {
        DecodedAudioCache audio;
        FeatureLoadOptions o;
        o.augmentation = AugmentationChain::gct634(5);
        o.augmentedCopies = 1;
        o.includeOriginals = false;
        o.cacheAugmented = false;
        o.audioCache = &audio;
        o.cacheDir = freshCacheDir(QStringLiteral("online"));
        const std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 3);
        o.drawOffset = 0;
        const auto e0 = loadClipFeatures(clips, m_spec, o);
        o.drawOffset = 1;
        const auto e1 = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(int(e0.size()), 3);
        for (size_t i = 0; i < e0.size(); ++i) QVERIFY(e0[i].features.data != e1[i].features.data);
        QCOMPARE(audio.misses(), 3);
        QCOMPARE(audio.hits(), 3);                 // the second epoch decoded nothing
        QVERIFY(cacheFiles(o.cacheDir).isEmpty()); // online draws do not fill the disk
        // One clip, one draw, on its own: the same as the bulk load.
        const Matrix one = clipFeatures(clips[2], m_spec, o.augmentation.draw(clips[2].id, 2), o);
        QVERIFY(one.data == e1[2].features.data);
    }

    void masksReuseTheCachedOriginal() {
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("masks"));
        o.augmentation = AugmentationChain::specAugment(9);
        o.augmentedCopies = 2;
        FeatureLoadReport r;
        o.report = &r;
        const std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 2);
        const auto f = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(int(f.size()), 6);
        QCOMPARE(r.computed, 1 * 2); // one mel per clip; the copies are masks on it
        QCOMPARE(r.cacheHits, 2 * 2);
        QVERIFY(f[1].features.data != f[0].features.data && f[2].features.data != f[1].features.data);
        QCOMPARE(f[1].features.cols, f[0].features.cols);
    }

    void unreadableClipIsReportedNotFatal() {
        QTemporaryDir work;
        const QString broken = work.filePath(QStringLiteral("pop.00003.wav"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        std::vector<ClipRecord> clips(m_generated.begin(), m_generated.begin() + 2);
        clips.insert(clips.begin() + 1, ClipRecord{QStringLiteral("pop/pop.00003"), broken, QStringLiteral("pop"), 7});
        FeatureLoadOptions o;
        o.cacheDir = freshCacheDir(QStringLiteral("broken"));
        FeatureLoadReport r;
        o.report = &r;
        const auto out = loadClipFeatures(clips, m_spec, o);
        QCOMPARE(int(out.size()), 2);
        QCOMPARE(out[0].clip.id, clips[0].id);
        QCOMPARE(out[1].clip.id, clips[2].id);
        QCOMPARE(int(r.problems.size()), 1);
        QVERIFY(r.problems.first().startsWith(QStringLiteral("pop/pop.00003 left out: ")));
        QVERIFY(r.problems.first().contains(broken));
    }

    void cancelThrows() {
        std::atomic_bool cancel{false};
        FeatureLoadOptions o;
        o.threads = 1;
        o.cancel = &cancel;
        o.progress = [&](int done, int) {
            if (done == 2) cancel = true;
        };
        FeatureLoadReport r;
        o.report = &r;
        QVERIFY_THROWS_EXCEPTION(Error, loadClipFeatures(m_generated, m_spec, o));
        QCOMPARE(r.computed, 2); // stopped between clips
    }
};

QTEST_GUILESS_MAIN(TestDatasetCache)
#include "test_dataset_cache.moc"
