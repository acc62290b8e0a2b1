// The predictor: generated features and a real file -> per-segment and clip probabilities, the
// same through the CLI's `predict --json`, and errors for files it cannot read.
#include "GeneratedClips.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "inference/Predictor.h"
#include "model/ModelFile.h"
#include "tensor/TorchRuntime.h"
#include "training/Trainer.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

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
    m.model = createModel(m.config).ptr();
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
        d.spec = d.train.front().spec; // the generated clips' spec (16 bands)
        d.spec.setSegmentFrames(16);
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
        m.model = out.runs[0].model.ptr();
        const Predictor predictor(m);
        const auto fresh = testsupport::separableClips(4, 2, 16, 70, 99); // 70 frames: 4 whole segments
        int correct = 0;
        for (const ClipFeatures &clip : fresh) {
            const FilePrediction p = predictor.predictFeatures(clip.features, clip.spec, clip.clip.id);
            QCOMPARE(int(p.segments.size()), 4);
            QCOMPARE(p.segments[1].startSeconds, 16 * 512 / 16000.0);
            QVERIFY(qAbs(sum(p.probabilities) - 1.0) < 1e-5);
            correct += p.genre == clip.clip.label;
            QCOMPARE(p.genreName, d.genres[p.genre]);
        }
        QCOMPARE(correct, 8);
        QVERIFY_THROWS_EXCEPTION(Error, predictor.predictFeatures(Matrix(12, 64), m.spec, QStringLiteral("wrong bands")));
        // Features made with another hop, rate or scale are refused, and the message says how they differ.
        for (auto change :
             std::vector<std::function<void(FeatureSpec &)>>{[](FeatureSpec &s) { s.hop = 256; }, [](FeatureSpec &s) { s.sampleRate = 22050; },
                                                             [](FeatureSpec &s) { s.scale = FeatureSpec::Scale::Power; }}) {
            FeatureSpec other = m.spec;
            change(other);
            try {
                predictor.predictFeatures(fresh.front().features, other, QStringLiteral("other spec"));
                QFAIL("features of another spec were taken");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QLatin1String("other spec")) &&
                             (e.message().contains(QLatin1String("hop_length 256 (expected 512)")) ||
                              e.message().contains(QLatin1String("sample_rate 22050 (expected 16000)")) ||
                              e.message().contains(QLatin1String("scale power (expected db)"))),
                         qPrintable(e.message()));
            }
        }
    }

    void realFileGivesSevenSegments() {
        const QString wav = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const Predictor predictor(untrainedGct634Model());
        const FilePrediction p = predictor.predictFile(wav);
        QCOMPARE(p.file, wav);
        QCOMPARE(int(p.segments.size()), 7); // 30 s at 16 kHz: 938 frames, 7 x 125 (the reference's 7)
        QCOMPARE(p.segments[6].startSeconds, 24.0);
        QCOMPARE(p.segments[0].seconds, 4.0);
        std::vector<double> mean(3, 0.0);
        for (const SegmentPrediction &s : p.segments) {
            QVERIFY(qAbs(sum(s.probabilities) - 1.0) < 1e-5);
            for (int k = 0; k < 3; ++k) mean[size_t(k)] += s.probabilities[size_t(k)] / 7.0;
        }
        for (int k = 0; k < 3; ++k) QVERIFY(qAbs(mean[size_t(k)] - p.probabilities[size_t(k)]) < 1e-5);
    }

    // A fusion model needs musicnn's 16 kHz audio and its own features' audio; the inspector wants
    // 22.05 kHz. One decode gives all three, and the answer is that of its parts made separately.
    void fusionDecodesOnceAndAgreesWithItsParts() {
        const QString wav = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const QString h5 = testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5"));
        TrainedModel m = untrainedGct634Model();
        m.config.name = QStringLiteral("fusion");
        m.config.backbone = QStringLiteral("cnn1d");
        m.config.embeddingDim = 753;
        m.embeddingSource = MusicnnEmbeddingSource{QStringLiteral("MSD_musicnn"), MusicnnLayer::MaxPool}.toString();
        m.musicnn = std::make_shared<const MusicnnEmbedder>(MusicnnEmbedder::load(h5));
        torch::manual_seed(5);
        m.model = createModel(m.config).ptr();
        const Predictor predictor(m);
        const FilePrediction whole = predictor.predictFile(wav, nullptr, nullptr, {}, 22050);

        const std::vector<float> embedding = predictor.embeddingOfFile(wav);
        const FilePrediction parts = predictor.predictFeatures(melFeatures(decodeAudio(wav, m.spec.sampleRate), m.spec), m.spec, wav, embedding);
        QCOMPARE(whole.segments.size(), parts.segments.size());
        QCOMPARE(int(whole.segments.size()), 7);
        for (size_t k = 0; k < whole.probabilities.size(); ++k)
            QVERIFY2(std::abs(whole.probabilities[k] - parts.probabilities[k]) < 1e-6,
                     qPrintable(QStringLiteral("%1 against %2").arg(whole.probabilities[k]).arg(parts.probabilities[k])));
        QCOMPARE(int(whole.tags.size()), kTopTags);

        QVERIFY(whole.audio);
        QCOMPARE(whole.audio->sampleRate, 22050);
        QVERIFY(whole.audio->samples == decodeAudio(wav, 22050).samples);
        const FilePrediction plain = predictor.predictFile(wav); // keeping the audio changes nothing else
        QVERIFY(!plain.audio);
        QCOMPARE(plain.probabilities, whole.probabilities);
        QCOMPARE(plain.seconds, whole.seconds);
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
        cli.start(testsupport::cliPath(),
                  {QStringLiteral("predict"), modelPath, wav, textFile, QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1); // one of the two files failed
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

    void cliPredictExpandsAFolderAndEveryFileGetsItsOwnAnswer() {
        // `predict MODEL DIR` is the Predict tab's batch: the folder's audio files (recursively,
        // sorted), each with its answer or its own error, and the batch goes on past a bad one.
        const QString genres = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        QTemporaryDir dir;
        const QString modelPath = dir.filePath(QStringLiteral("m.gtzm"));
        const TrainedModel m = untrainedGct634Model();
        saveModelFile(modelPath, m);
        const QString folder = dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inner")));
        QVERIFY(QFile::copy(genres + QStringLiteral("/jazz/jazz.00002.wav"), folder + QStringLiteral("/b-jazz.wav")));
        QVERIFY(QFile::copy(genres + QStringLiteral("/rock/rock.00003.wav"), folder + QStringLiteral("/inner/c-rock.wav")));
        {
            QFile f(folder + QStringLiteral("/a-broken.wav")); // sorts first: the batch must go on after it
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("RIFF but nothing else");
        }
        QProcess cli;
        cli.start(testsupport::cliPath(),
                  {QStringLiteral("predict"), modelPath, folder, QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1); // one file failed
        const QJsonArray results = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(QStringLiteral("file")).toString(), folder + QStringLiteral("/a-broken.wav"));
        QVERIFY(results[0].toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("a-broken.wav")));
        const Predictor predictor(m);
        const QStringList good{folder + QStringLiteral("/b-jazz.wav"), folder + QStringLiteral("/inner/c-rock.wav")};
        for (int i = 0; i < 2; ++i) {
            const QJsonObject r = results[i + 1].toObject();
            QCOMPARE(r.value(QStringLiteral("file")).toString(), good[i]);
            QVERIFY(!r.contains(QStringLiteral("error")));
            QCOMPARE(r.value(QStringLiteral("genre")).toString(), predictor.predictFile(good[i]).genreName);
        }
        // An empty folder is a clear error, not an empty success.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
        cli.start(testsupport::cliPath(), {QStringLiteral("predict"), modelPath, dir.filePath(QStringLiteral("empty"))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(!cli.readAllStandardError().isEmpty(), "no message for an empty folder");
    }
};

QTEST_GUILESS_MAIN(TestPredict)
#include "test_predict.moc"
