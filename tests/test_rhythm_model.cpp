// Rhythm as a model input: `gtzan-cli train --rhythm` on the real sample records the rhythm
// figures in the model file, and prediction of a file computes the same embedding (musicnn's
// plus aubio's figures) that training used, so the answer equals the network's on it.
#include "TestSupport.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "inference/Predictor.h"
#include "model/ModelFile.h"
#include "model/PredictionTrust.h"
#include "models/GenreNet.h"
#include "tensor/TorchRuntime.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

class TestRhythmModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureTorchThreads(2); }

    void trainedWithRhythmPredictsWithTheSameFigures() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("rhythm.gtzm"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(testsupport::cliPath(), {QStringLiteral("train"),
                                           QStringLiteral("--data"),
                                           sample,
                                           QStringLiteral("--genres"),
                                           QStringLiteral("all"),
                                           QStringLiteral("--test-per-genre"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--model"),
                                           QStringLiteral("embed_mlp"),
                                           QStringLiteral("--embedding"),
                                           QStringLiteral("msd"),
                                           QStringLiteral("--rhythm"),
                                           QStringLiteral("--segment"),
                                           QStringLiteral("0"),
                                           QStringLiteral("--epochs"),
                                           QStringLiteral("20"),
                                           QStringLiteral("--lr"),
                                           QStringLiteral("1e-3"),
                                           QStringLiteral("--batch"),
                                           QStringLiteral("16"),
                                           QStringLiteral("--seeds"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--cache"),
                                           dir.filePath(QStringLiteral("cache")),
                                           QStringLiteral("--out"),
                                           model});
        QVERIFY(cli.waitForFinished(600000));
        const QString log = QString::fromUtf8(cli.readAll());
        QVERIFY2(cli.exitCode() == 0, qPrintable(log.right(2000)));
        QVERIFY(log.contains(QStringLiteral("tempo and onsets")));

        const TrainedModel m = loadModelFile(model);
        QCOMPARE(m.embeddingSource, QStringLiteral("musicnn:MSD_musicnn:max_pool+rhythm"));
        QCOMPARE(m.config.embeddingDim, 753 + int(rhythmFeatureNames().size()));
        const auto source = MusicnnEmbeddingSource::parse(m.embeddingSource);
        QVERIFY(source && source->rhythm && source->layer == MusicnnLayer::MaxPool);

        const Predictor predictor(m);
        const QString clip = sample + QStringLiteral("/genres/country/country.00002.wav");
        const FilePrediction p = predictor.predictFile(clip);
        QVERIFY(!p.segments.empty()); // each patch judged, with the file's figures
        // The embedding as training made it: musicnn's clip embedding, then the rhythm figures.
        std::vector<float> e = musicnnClipEmbeddingOfFile(*predictor.musicnn(), clip, MusicnnLayer::MaxPool);
        const std::vector<float> figures = rhythmFeatures(analyseRhythmFile(clip));
        e.insert(e.end(), figures.begin(), figures.end());
        QCOMPARE(predictor.embeddingOfFile(clip), e);
        const std::vector<float> n = m.normalization.normalizeEmbedding(e);
        torch::NoGradGuard noGrad;
        ModelInput in;
        in.embedding = torch::from_blob(const_cast<float *>(n.data()), {1, int64_t(n.size())}, torch::kFloat32).clone();
        GenreNet net = m.model;
        const torch::Tensor z = net->forward(in).contiguous();
        const std::vector<float> expected =
            calibratedMean({std::vector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel())}, m.trust.temperature);
        QCOMPARE(p.probabilities.size(), expected.size());
        for (size_t k = 0; k < expected.size(); ++k) QVERIFY2(std::abs(p.probabilities[k] - expected[k]) < 1e-4, qPrintable(QString::number(k)));
        // A partial answer is never given: the tempo needs the whole file.
        int partials = 0;
        predictor.predictFile(clip, nullptr, nullptr, [&](const FilePrediction &, double) { ++partials; });
        QCOMPARE(partials, 0);
        // --rhythm without a musicnn embedding is refused before any work.
        cli.start(testsupport::cliPath(),
                  {QStringLiteral("train"), QStringLiteral("--data"), sample, QStringLiteral("--model"), QStringLiteral("embed_mlp"),
                   QStringLiteral("--rhythm"), QStringLiteral("--out"), dir.filePath(QStringLiteral("no.gtzm"))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(QString::fromUtf8(cli.readAll()).contains(QStringLiteral("musicnn embedding")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no.gtzm"))));
    }
};

QTEST_GUILESS_MAIN(TestRhythmModel)
#include "test_rhythm_model.moc"
