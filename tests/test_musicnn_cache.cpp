// The embedding cache and the batch helper the trainer uses, plus `gtzan-cli embed` / `tags`
// on real clips: content-keyed entries, all four layers stored at once, atomic .npy files,
// progress and cancel, and the CLI's output matching the engine's.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "embedding/ClipEmbeddings.h"
#include "embedding/MusicnnModels.h"
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace gtzan;

namespace {
float maxAbsDiff(const float *a, const float *b, size_t n) {
    float worst = 0;
    for (size_t i = 0; i < n; ++i) worst = std::max(worst, std::fabs(a[i] - b[i]));
    return worst;
}

QStringList cacheEntries(const QString &dir) {
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.npy")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    return files;
}

QByteArray runCli(const QStringList &args, int expectedCode = 0) {
    QProcess p;
    p.start(testsupport::cliPath(), args);
    if (!p.waitForFinished(300000)) return "timeout";
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != expectedCode) return "exit " + QByteArray::number(p.exitCode()) + ": " + p.readAllStandardError();
    return out;
}
} // namespace

class MusicnnCache : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    MusicnnEmbedder m_msd;
    std::vector<ClipRecord> m_clips;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_msd = MusicnnEmbedder::load(testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5")));
        const QString genres = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        m_clips.push_back({QStringLiteral("blues/blues.00000"), genres + QStringLiteral("/blues/blues.00000.wav"), QStringLiteral("blues"), 0});
        m_clips.push_back({QStringLiteral("metal/metal.00002"), genres + QStringLiteral("/metal/metal.00002.wav"), QStringLiteral("metal"), 1});
    }

    void batchFillsTheCacheAndMatchesDirectEmbedding() {
        const EmbeddingCache cache(m_tmp.filePath(QStringLiteral("cache")));
        QList<int> progress;
        const Matrix e = embedClips(m_msd, m_clips, MusicnnLayer::MaxPool, &cache, [&](int done, int total) {
            QCOMPARE(total, 2);
            progress << done;
        });
        QCOMPARE(progress, (QList<int>{1, 2}));
        QCOMPARE(e.rows, 2);
        QCOMPARE(e.cols, 753);
        // Four layers per clip are stored at once, so asking for another layer costs no network pass.
        QCOMPARE(cacheEntries(cache.dir()).size(), 8);
        const std::vector<float> direct = m_msd.clipEmbedding(decodeAudio(m_clips[1].path, 16000), MusicnnLayer::MaxPool);
        QVERIFY(maxAbsDiff(direct.data(), e.row(1), direct.size()) <= 1e-5f);
        // Different genres, different embeddings.
        QVERIFY(maxAbsDiff(e.row(0), e.row(1), 753) > 1.0f);
    }

    void cacheIsKeyedByContentModelAndLayer() {
        const EmbeddingCache cache(m_tmp.filePath(QStringLiteral("cache")));
        const QString hash = EmbeddingCache::contentHash(m_clips[0].path);
        // Plant a recognisable entry: the batch helper must return it instead of recomputing.
        Matrix planted(3, 200);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 200; ++c) planted.at(r, c) = float(r);
        cache.store(hash, m_msd, MusicnnLayer::Penultimate, planted);
        // A renamed copy of the same bytes hits the same entry.
        const QString copy = m_tmp.filePath(QStringLiteral("renamed.wav"));
        QVERIFY(QFile::copy(m_clips[0].path, copy));
        const Matrix e = embedClips(m_msd, {{QStringLiteral("x"), copy, QStringLiteral("blues"), 0}}, MusicnnLayer::Penultimate, &cache);
        QCOMPARE(e.at(0, 0), 1.0f); // mean of rows 0, 1, 2
        QCOMPARE(e.at(0, 199), 1.0f);
        // Another model never sees it.
        const MusicnnEmbedder mtt = MusicnnEmbedder::load(musicnnModelPath(QStringLiteral("MTT")));
        QVERIFY(!cache.load(hash, mtt, MusicnnLayer::Penultimate).has_value());
        QVERIFY(cache.entryPath(hash, mtt, MusicnnLayer::Penultimate) != cache.entryPath(hash, m_msd, MusicnnLayer::Penultimate));
        // A damaged entry is ignored (and would be recomputed), not trusted.
        const QString entry = cache.entryPath(hash, m_msd, MusicnnLayer::Penultimate);
        QFile f(entry);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("garbage");
        f.close();
        QVERIFY(!cache.load(hash, m_msd, MusicnnLayer::Penultimate).has_value());
    }

    void cancelStopsBetweenClips() {
        const EmbeddingCache cache(m_tmp.filePath(QStringLiteral("cache")));
        std::atomic_bool cancel{false};
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, embedClips(
                                            m_msd, m_clips, MusicnnLayer::Taggram, &cache,
                                            [&](int, int) {
                                                ++calls;
                                                cancel = true;
                                            },
                                            &cancel));
        QCOMPARE(calls, 1);
    }

    void cliEmbedWritesWhatTheEngineComputes() {
        const QString cacheDir = m_tmp.filePath(QStringLiteral("cache"));
        const EmbeddingCache cache(cacheDir);
        const QString out = m_tmp.filePath(QStringLiteral("metal.npy"));
        const QByteArray json = runCli({QStringLiteral("embed"), m_clips[1].path, QStringLiteral("--layer"), QStringLiteral("max_pool"),
                                        QStringLiteral("--cache"), cacheDir, QStringLiteral("--json"), QStringLiteral("--out"), out});
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY2(o.value(QStringLiteral("size")).toInt() == 753, json.constData());
        QCOMPARE(o.value(QStringLiteral("patches")).toInt(), 10);
        const NpyArray a = readNpy(out);
        QCOMPARE(a.shape, (std::vector<int64_t>{753}));
        const Matrix fromBatch = embedClips(m_msd, {m_clips[1]}, MusicnnLayer::MaxPool, &cache);
        QVERIFY(maxAbsDiff(a.data.data(), fromBatch.row(0), 753) <= 1e-5f);

        // Per patch, computed afresh (no cache) with one thread: the same numbers as the cached clip mean.
        const QString perPatch = m_tmp.filePath(QStringLiteral("patches.npy"));
        QVERIFY(
            runCli({QStringLiteral("embed"), m_clips[1].path, QStringLiteral("--patches"), QStringLiteral("--no-cache"), QStringLiteral("--layer"),
                    QStringLiteral("max_pool"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), perPatch})
                .isEmpty());
        const NpyArray patches = readNpy(perPatch);
        QCOMPARE(patches.shape, (std::vector<int64_t>{10, 753}));
        Matrix m(10, 753);
        m.data = patches.data;
        const std::vector<float> mean = meanOverPatches(m);
        QVERIFY(maxAbsDiff(mean.data(), a.data.data(), 753) <= 1e-5f);
    }

    void cliTagsNameTheGenre() {
        const QByteArray json = runCli({QStringLiteral("tags"), m_clips[1].path, QStringLiteral("--top"), QStringLiteral("5"),
                                        QStringLiteral("--cache"), m_tmp.filePath(QStringLiteral("cache")), QStringLiteral("--json")});
        const QJsonArray tags = QJsonDocument::fromJson(json).object().value(QStringLiteral("tags")).toArray();
        QVERIFY2(tags.size() == 5, json.constData());
        QStringList names;
        for (const auto &t : tags) names << t.toObject().value(QStringLiteral("tag")).toString();
        QVERIFY2(names.contains(QStringLiteral("metal")) || names.contains(QStringLiteral("heavy metal")), qPrintable(names.join(", ")));
        QVERIFY(tags[0].toObject().value(QStringLiteral("score")).toDouble() >= tags[4].toObject().value(QStringLiteral("score")).toDouble());
    }
};

QTEST_GUILESS_MAIN(MusicnnCache)
#include "test_musicnn_cache.moc"
