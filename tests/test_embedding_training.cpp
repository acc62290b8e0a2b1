// End to end on real clips: `gtzan-cli train --model embed_mlp --embedding msd` on a small copy of
// the sample (2 genres x 3 clips), then the model file names its embedding, prediction computes
// the same embedding of a file as `gtzan-cli embed`, and eval / predict run on it.
#include "TestSupport.h"
#include "common/Npy.h"
#include "inference/Predictor.h"
#include "model/ModelFile.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

class TestEmbeddingTraining : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data, m_model, m_testClip;

    QByteArray run(const QStringList &args, int expectedExit, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                   QByteArray *errOut = nullptr) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(testsupport::cliPath(), args);
        if (!cli.waitForFinished(900000)) return {};
        const QByteArray err = cli.readAllStandardError();
        if (errOut) *errOut = err;
        if (cli.exitCode() != expectedExit) qWarning("exit %d: %s", cli.exitCode(), err.constData());
        return cli.exitCode() == expectedExit ? cli.readAllStandardOutput() + " " : QByteArray();
    }

    QStringList trainArgs(const QString &out) const {
        return {QStringLiteral("train"),
                QStringLiteral("--data"),
                m_data,
                QStringLiteral("--genres"),
                QStringLiteral("all"),
                QStringLiteral("--test-per-genre"),
                QStringLiteral("1"),
                QStringLiteral("--model"),
                QStringLiteral("embed_mlp"),
                QStringLiteral("--embedding"),
                QStringLiteral("msd"),
                QStringLiteral("--epochs"),
                QStringLiteral("2"),
                QStringLiteral("--seeds"),
                QStringLiteral("1"),
                QStringLiteral("--threads"),
                QStringLiteral("2"),
                QStringLiteral("--cache"),
                m_dir.filePath(QStringLiteral("cache")),
                QStringLiteral("--out"),
                out};
    }

private Q_SLOTS:
    void initTestCase() {
        // A small GTZAN folder in a temporary directory: the first 3 clips of blues and classical.
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        m_data = m_dir.filePath(QStringLiteral("gtzan"));
        for (const QString &genre : {QStringLiteral("blues"), QStringLiteral("classical")}) {
            const QDir from(sample + QLatin1Char('/') + genre);
            QStringList clips = from.entryList({QStringLiteral("*.wav"), QStringLiteral("*.au")}, QDir::Files, QDir::Name);
            QVERIFY2(clips.size() >= 3, qPrintable(from.path()));
            QVERIFY(QDir().mkpath(m_data + QStringLiteral("/genres/") + genre));
            for (int i = 0; i < 3; ++i)
                QVERIFY(QFile::copy(from.filePath(clips[i]), m_data + QStringLiteral("/genres/") + genre + QLatin1Char('/') + clips[i]));
            if (m_testClip.isEmpty()) m_testClip = m_data + QStringLiteral("/genres/") + genre + QLatin1Char('/') + clips[2];
        }
        testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5"));
    }

    void trainRecordsTheEmbedding() {
        m_model = m_dir.filePath(QStringLiteral("msd.gtzm"));
        QVERIFY(!run(trainArgs(m_model), 0).isEmpty());
        const QJsonObject meta = gtzan::readModelMetadata(m_model);
        QCOMPARE(meta.value(QStringLiteral("embeddingSource")).toString(), QStringLiteral("musicnn:MSD_musicnn:max_pool"));
        QCOMPARE(meta.value(QStringLiteral("model")).toObject().value(QStringLiteral("embeddingDim")).toInt(), 753);
        // Computed once, then taken from the cache (4 layers per clip, 6 clips).
        int entries = 0;
        for (QDirIterator it(m_dir.filePath(QStringLiteral("cache/musicnn")), {QStringLiteral("*.npy")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++entries;
        QCOMPARE(entries, 24);
    }

    void predictionUsesTheSameEmbeddingAsEmbed() {
        QVERIFY(!m_model.isEmpty());
        const QString npy = m_dir.filePath(QStringLiteral("embed.npy"));
        QVERIFY(!run({QStringLiteral("embed"), m_testClip, QStringLiteral("--layer"), QStringLiteral("max_pool"), QStringLiteral("--no-cache"),
                      QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), npy},
                     0)
                     .isEmpty());
        const gtzan::NpyArray fromCli = gtzan::readNpy(npy);
        QCOMPARE(fromCli.shape, std::vector<int64_t>{753});
        const gtzan::Predictor predictor = gtzan::Predictor::fromFile(m_model);
        const std::vector<float> fromPredictor = predictor.embeddingOfFile(m_testClip);
        QCOMPARE(fromPredictor.size(), size_t(753));
        float worst = 0;
        for (size_t i = 0; i < fromPredictor.size(); ++i) worst = std::max(worst, std::abs(fromPredictor[i] - fromCli.data[i]));
        QVERIFY2(worst <= 1e-6f, qPrintable(QStringLiteral("max difference %1").arg(worst)));

        const gtzan::FilePrediction p = predictor.predictFile(m_testClip);
        QCOMPARE(p.probabilities.size(), size_t(10)); // --genres all
        QVERIFY(p.genre >= 0 && !p.genreName.isEmpty());
        // The CLI's predict and eval take the same path.
        const QJsonArray pj = QJsonDocument::fromJson(run({QStringLiteral("predict"), m_model, m_testClip, QStringLiteral("--json")}, 0)).array();
        QCOMPARE(pj.size(), 1);
        QCOMPARE(pj[0].toObject().value(QStringLiteral("genre")).toString(), p.genreName);
        const QJsonObject ev =
            QJsonDocument::fromJson(run({QStringLiteral("eval"), m_model, QStringLiteral("--data"), m_data, QStringLiteral("--cache"),
                                         m_dir.filePath(QStringLiteral("cache")), QStringLiteral("--json")},
                                        0))
                .object();
        QCOMPARE(ev.value(QStringLiteral("clipCount")).toInt(), 6);
    }

    void missingWeightsAreAClearError() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GTZAN_MUSICNN_DIR"), m_dir.filePath(QStringLiteral("no-weights-here")));
        QByteArray err;
        QVERIFY(!run(trainArgs(m_dir.filePath(QStringLiteral("never.gtzm"))), 1, env, &err).isEmpty()); // non-empty: the exit code was as expected
        QVERIFY2(err.contains("MSD_musicnn.h5") && err.contains("GTZAN_MUSICNN_DIR"), err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.gtzm"))));
        // ... while prediction with a musicnn model trained here does not: the model file carries
        // the weights it was trained with (format 2 on), so it predicts with no .h5 anywhere.
        QVERIFY(!m_model.isEmpty());
        err.clear();
        const QJsonArray predicted =
            QJsonDocument::fromJson(run({QStringLiteral("predict"), m_model, m_testClip, QStringLiteral("--json")}, 0, env, &err)).array();
        QCOMPARE(predicted.size(), 1);
        QVERIFY2(!predicted.at(0).toObject().value(QStringLiteral("genre")).toString().isEmpty(), err.constData());
    }

    void embeddingIsOnlyForEmbeddingModels() {
        QStringList args = trainArgs(m_dir.filePath(QStringLiteral("cnn.gtzm")));
        args[args.indexOf(QStringLiteral("embed_mlp"))] = QStringLiteral("cnn1d");
        QVERIFY(!run(args, 2).isEmpty());
        args = trainArgs(m_dir.filePath(QStringLiteral("bad.gtzm")));
        args[args.indexOf(QStringLiteral("msd"))] = QStringLiteral("vggish");
        QVERIFY(!run(args, 2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingTraining)
#include "test_embedding_training.moc"
