// The predictor: generated features and a real file -> per-segment and clip probabilities, the
// same through the CLI's `predict --json`, and errors for files it cannot read.
#include "GeneratedClips.h"
#include "TestSupport.h"
#include "common/Error.h"
#include "inference/Predictor.h"
#include "tensor/TorchRuntime.h"
#include "training/ModelFile.h"
#include "training/Trainer.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

namespace {

double sum(const std::vector<float> &v) {
    double s = 0;
    for (float x : v) s += x;
    return s;
}

// An untrained cnn1d on the gct634 features (fixed seed): enough to check shapes and plumbing.
TrainedModel untrainedGct634Model() {
    TrainedModel m;
    m.genres = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    m.spec = FeatureSpec::gct634();
    m.config.name = QStringLiteral("cnn1d");
    m.config.numClasses = 3;
    m.config.frames = m.spec.segmentFrames();
    m.normalization.mean = -40.0f;
    m.normalization.std = 20.0f;
    torch::manual_seed(3);
    m.model = createModel(m.config);
    m.model->eval();
    return m;
}

} // namespace

class TestPredict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureTorchThreads(2); }

    void trainedModelPredictsGeneratedClips() {
        TrainingData d;
        d.genres = testsupport::genreNames(4);
        d.train = testsupport::separableClips(4, 10, 16, 64, 11);
        d.segmentFrames = 16;
        TrainingOptions o;
        o.epochs = 6;
        o.seeds = 1;
        o.batchSize = 16;
        o.learningRate = 1e-3;
        ModelConfig c;
        c.name = QStringLiteral("cnn1d");
        const TrainingOutcome out = trainModels(d, c, o);
        TrainedModel m;
        m.config = out.config;
        m.genres = d.genres;
        m.spec = FeatureSpec::gct634();
        m.spec.nMels = 16;
        m.normalization = out.normalization;
        m.model = out.runs[0].model;
        const Predictor predictor(m);
        const auto fresh = testsupport::separableClips(4, 2, 16, 70, 99);   // 70 frames: 4 whole segments
        int correct = 0;
        for (const ClipFeatures &clip : fresh) {
            const FilePrediction p = predictor.predictFeatures(clip.features, clip.clip.id);
            QCOMPARE(int(p.segments.size()), 4);
            QCOMPARE(p.segments[1].startSeconds, 16 * 512 / 16000.0);
            QVERIFY(qAbs(sum(p.probabilities) - 1.0) < 1e-5);
            correct += p.genre == clip.clip.label;
            QCOMPARE(p.genreName, d.genres[p.genre]);
        }
        QCOMPARE(correct, 8);
        QVERIFY_THROWS_EXCEPTION(Error, predictor.predictFeatures(Matrix(12, 64), QStringLiteral("wrong bands")));
    }

    void realFileGivesSevenSegments() {
        const QString wav = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const Predictor predictor(untrainedGct634Model());
        const FilePrediction p = predictor.predictFile(wav);
        QCOMPARE(p.file, wav);
        QCOMPARE(int(p.segments.size()), 7);   // 30 s at 16 kHz: 938 frames, 7 x 125 (the reference's 7)
        QCOMPARE(p.segments[6].startSeconds, 24.0);
        QCOMPARE(p.segments[0].seconds, 4.0);
        std::vector<double> mean(3, 0.0);
        for (const SegmentPrediction &s : p.segments) {
            QVERIFY(qAbs(sum(s.probabilities) - 1.0) < 1e-5);
            for (int k = 0; k < 3; ++k) mean[size_t(k)] += s.probabilities[size_t(k)] / 7.0;
        }
        for (int k = 0; k < 3; ++k) QVERIFY(qAbs(mean[size_t(k)] - p.probabilities[size_t(k)]) < 1e-5);
    }

    void cliPredictMatchesTheEngine() {
        const QString wav = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/metal/metal.00001.wav"));
        QTemporaryDir dir;
        const QString modelPath = dir.filePath(QStringLiteral("m.gtzm"));
        const TrainedModel m = untrainedGct634Model();
        saveModelFile(modelPath, m);
        const FilePrediction expected = Predictor(m).predictFile(wav);
        const QString textFile = dir.filePath(QStringLiteral("notes.wav"));
        {
            QFile f(textFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not audio");
        }
        QProcess cli;
        cli.start(testsupport::cliPath(), {QStringLiteral("predict"), modelPath, wav, textFile, QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1);   // one of the two files failed
        const QJsonArray results = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 2);
        const QJsonObject r = results[0].toObject();
        QCOMPARE(r.value(QStringLiteral("genre")).toString(), expected.genreName);
        QCOMPARE(r.value(QStringLiteral("segments")).toArray().size(), 7);
        const QJsonArray probs = r.value(QStringLiteral("probabilities")).toArray();
        for (int k = 0; k < 3; ++k) QVERIFY(qAbs(probs[k].toDouble() - expected.probabilities[size_t(k)]) < 1e-5);
        QVERIFY(results[1].toObject().value(QStringLiteral("error")).toString().contains(textFile));

        // A damaged model file: exit 1 and a message, no crash.
        QFile::resize(modelPath, 100);
        cli.start(testsupport::cliPath(), {QStringLiteral("predict"), modelPath, wav});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("truncated")));
    }
};

QTEST_GUILESS_MAIN(TestPredict)
#include "test_predict.moc"
