// musicnn in LibTorch against ../shared/reference (key musicnn_msd in index.json, computed by the
// original network): the front end's log-mel and all four outputs of the 10 patches of blues.00000.
#include "TestSupport.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "dsp/MelSpectrogram.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/MusicnnModels.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace gtzan;

namespace {
constexpr float kTolerance = 1e-3f; // absolute, as the issue asks

float maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b) {
    float worst = 0;
    for (size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::fabs(a[i] - b[i]));
    return worst;
}
} // namespace

class MusicnnGolden : public QObject {
    Q_OBJECT
    QString m_refDir;
    QJsonObject m_entry;
    Audio m_audio;
    MusicnnEmbedder m_msd;
    MusicnnPatchOutputs m_outputs;

    NpyArray ref(const QString &file) { return readNpy(QDir(m_refDir).filePath(file)); }

private Q_SLOTS:
    void initTestCase() {
        m_refDir = testsupport::referenceDir();
        m_entry = testsupport::referenceIndex().value(QStringLiteral("musicnn_msd")).toObject();
        QVERIFY(!m_entry.isEmpty());
        const QString input = m_entry.value(QStringLiteral("input")).toString().section(QLatin1Char(' '), 0, 0);
        const NpyArray wav = ref(input);
        QCOMPARE(wav.shape.size(), size_t(1));
        m_audio.samples = wav.data;
        m_audio.sampleRate = 16000;
        m_msd = MusicnnEmbedder::load(testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5")));
        m_outputs = m_msd.patchOutputs(m_audio);
    }

    void modelPathHelperFindsTheSharedWeights() {
        QCOMPARE(QFileInfo(musicnnModelPath(QStringLiteral("MSD"))).canonicalFilePath(),
                 QFileInfo(testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5"))).canonicalFilePath());
        QCOMPARE(QFileInfo(musicnnModelPath(QStringLiteral("mtt"))).fileName(), QStringLiteral("MTT_musicnn.h5"));
        QVERIFY_THROWS_EXCEPTION(Error, musicnnModelPath(QStringLiteral("GTZAN")));
    }

    void logMelMatches() {
        const NpyArray expected = ref(m_entry.value(QStringLiteral("logmel")).toString().section(QLatin1Char(' '), 0, 0));
        QCOMPARE(expected.shape.size(), size_t(2));
        // The embedder's own front end (LibTorch STFT, as the reference) and the engine's generic
        // melFeatures() with the musicnn preset (FFTW): both (96 x frames); the reference is (frames x 96).
        const Matrix embedder = m_msd.logMel(m_audio);
        const Matrix generic = melFeatures(m_audio, FeatureSpec::musicnn());
        for (const Matrix *ours : {&embedder, &generic}) {
            QCOMPARE(int(expected.shape[1]), ours->rows);
            QCOMPARE(int(expected.shape[0]), ours->cols);
            float worst = 0;
            for (int t = 0; t < ours->cols; ++t)
                for (int m = 0; m < ours->rows; ++m)
                    worst = std::max(worst, std::fabs(ours->at(m, t) - expected.data[size_t(t) * size_t(ours->rows) + size_t(m)]));
            qInfo("log-mel (%s): %d frames, max |diff| = %.3g", ours == &embedder ? "embedder" : "melFeatures", ours->cols, double(worst));
            QVERIFY2(worst <= kTolerance, qPrintable(QStringLiteral("max |diff| %1").arg(worst)));
        }
    }

    void outputsMatch_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("layer");
        for (const auto &v : m_entry.value(QStringLiteral("outputs")).toArray()) {
            const QString file = v.toString();
            const QString name = file.section(QLatin1Char('.'), -2, -2); // musicnn_msd.blues.00000.<layer>.npy
            QTest::newRow(qPrintable(name)) << file << int(musicnnLayerFromName(name));
        }
    }
    void outputsMatch() {
        QFETCH(QString, file);
        QFETCH(int, layer);
        const NpyArray expected = ref(file);
        const Matrix &ours = m_outputs.layer(MusicnnLayer(layer));
        QCOMPARE(expected.shape.size(), size_t(2));
        QCOMPARE(int(expected.shape[0]), 10);
        QCOMPARE(ours.rows, int(expected.shape[0]));
        QCOMPARE(ours.cols, int(expected.shape[1]));
        QCOMPARE(ours.cols, musicnnLayerSize(MusicnnLayer(layer)));
        const float worst = maxAbsDiff(ours.data, expected.data);
        qInfo("%s: 10 patches x %d, max |diff| = %.3g", qPrintable(musicnnLayerName(MusicnnLayer(layer))), ours.cols, double(worst));
        QVERIFY2(worst <= kTolerance, qPrintable(QStringLiteral("max |diff| %1").arg(worst)));
    }

    void networkAloneMatchesOnTheReferenceLogMel() {
        // Isolates the network from the front end: the reference log-mel in, the reference max_pool out.
        const NpyArray logmel = ref(m_entry.value(QStringLiteral("logmel")).toString().section(QLatin1Char(' '), 0, 0));
        Matrix bandsByFrames(int(logmel.shape[1]), int(logmel.shape[0]));
        for (int t = 0; t < bandsByFrames.cols; ++t)
            for (int m = 0; m < bandsByFrames.rows; ++m) bandsByFrames.at(m, t) = logmel.data[size_t(t) * size_t(bandsByFrames.rows) + size_t(m)];
        const MusicnnPatchOutputs o = m_msd.patchOutputsOfLogMel(bandsByFrames);
        const float worst = maxAbsDiff(o.maxPool.data, ref(QStringLiteral("musicnn_msd.blues.00000.max_pool.npy")).data);
        const float worstTags = maxAbsDiff(o.taggram.data, ref(QStringLiteral("musicnn_msd.blues.00000.taggram.npy")).data);
        qInfo("network on the reference log-mel: max_pool max |diff| %.3g, taggram %.3g", double(worst), double(worstTags));
        QVERIFY(worst <= kTolerance);
        QVERIFY(worstTags <= kTolerance);
    }

    void clipEmbeddingIsTheMeanOverPatches() {
        const std::vector<float> clip = m_msd.clipEmbedding(m_audio, MusicnnLayer::Penultimate);
        const NpyArray expected = ref(QStringLiteral("musicnn_msd.blues.00000.penultimate.npy"));
        QCOMPARE(clip.size(), size_t(200));
        std::vector<float> mean(200, 0.0f);
        for (int p = 0; p < 10; ++p)
            for (int i = 0; i < 200; ++i) mean[size_t(i)] += expected.data[size_t(p) * 200 + size_t(i)] / 10.0f;
        QVERIFY(maxAbsDiff(clip, mean) <= kTolerance);
    }

    void tagsNameTheBluesClip() {
        const QStringList &names = m_msd.tagNames();
        QCOMPARE(names.size(), 50);
        QCOMPARE(names.first(), QStringLiteral("rock"));
        const std::vector<float> tags = meanOverPatches(m_outputs.taggram);
        const int best = int(std::max_element(tags.begin(), tags.end()) - tags.begin());
        QCOMPARE(names.value(best), QStringLiteral("blues"));
    }

    void mttModelLoadsAndTagsDifferently() {
        const MusicnnEmbedder mtt = MusicnnEmbedder::load(musicnnModelPath(QStringLiteral("MTT")));
        QCOMPARE(mtt.modelName(), QStringLiteral("MTT_musicnn"));
        QCOMPARE(mtt.tagNames().first(), QStringLiteral("guitar"));
        QVERIFY(mtt.modelId() != m_msd.modelId());
        // Short input (2 s < one patch) is zero-padded to one patch, as musicnn does.
        Audio twoSeconds;
        twoSeconds.sampleRate = 16000;
        twoSeconds.samples.assign(m_audio.samples.begin(), m_audio.samples.begin() + 32000);
        const MusicnnPatchOutputs o = mtt.patchOutputs(twoSeconds);
        QCOMPARE(o.patches(), 1);
        for (float v : o.taggram.data) QVERIFY(v >= 0.0f && v <= 1.0f);
        const MusicnnPatchOutputs msd = m_msd.patchOutputs(twoSeconds);
        QVERIFY(maxAbsDiff(o.penultimate.data, msd.penultimate.data) > 0.1f);
    }
};

QTEST_GUILESS_MAIN(MusicnnGolden)
#include "test_musicnn_golden.moc"
