// Every model earns trust (issue #28), through the CLI path (`gtzan-cli train`, the one
// orchestrator runRecipe): a cnn1d and a cnn2d trained here on the real GTZAN sample are
// calibrated on their validation clips, carry musicnn reference vectors, and call white noise, a
// pure tone, speech (espeak-ng) and silence unsure; cross-validation's folds call at most 2 of the
// 50 real clips "nothing like the training"; the recipe's JSON form round-trips; an older model
// file (no calibration record, no musicnn reference) still loads and predicts.
// test_gui_training shows that the window's path gives the same file, byte for byte.
#include "TestSupport.h"
#include "common/Error.h"
#include "inference/Predictor.h"
#include "model/ModelFile.h"
#include "tensor/TorchRuntime.h"
#include "training/RecipeFile.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
bool runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(850000)) return false;
    if (out) *out = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (err) *err = e;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) qWarning("%s failed: %s", qPrintable(program), e.right(2000).constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class ModelTrust : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;
    QStringList m_strange; // noise, tone, speech, silence

    QString made(const QString &name) const { return m_dir.filePath(name); }

    QStringList trainArgs(const QString &model, int epochs) const {
        return {QStringLiteral("train"),
                QStringLiteral("--data"),
                m_data,
                QStringLiteral("--genres"),
                QStringLiteral("all"),
                QStringLiteral("--model"),
                model,
                QStringLiteral("--test-per-genre"),
                QStringLiteral("1"),
                QStringLiteral("--val-per-genre"),
                QStringLiteral("1"),
                QStringLiteral("--epochs"),
                QString::number(epochs),
                QStringLiteral("--seeds"),
                QStringLiteral("1"),
                QStringLiteral("--threads"),
                QStringLiteral("2"),
                QStringLiteral("--cache"),
                made(QStringLiteral("cache")),
                QStringLiteral("--reproducible")};
    }

    // Trains through the CLI and checks what every such model must say of the made-up sounds.
    void trainedModelIsHonest(const QString &model, int epochs) {
        const QString path = made(model + QStringLiteral(".gtzm"));
        QByteArray out;
        QVERIFY(runTool(testsupport::cliPath(), trainArgs(model, epochs) + QStringList{QStringLiteral("--out"), path}, &out));
        QVERIFY2(out.contains("calibrated on 10 validation clips"), out.right(3000).constData());
        const gtzan::TrainedModel m = gtzan::loadModelFile(path);
        QVERIFY(m.trust.calibrated);
        QCOMPARE(m.trust.calibration.fittedOn, QStringLiteral("validation"));
        QCOMPARE(m.trust.calibration.clips, 10);
        QCOMPARE(int(m.trust.calibration.after.bins.size()), 10);
        QVERIFY(m.trust.calibration.after.nll <= m.trust.calibration.before.nll + 1e-9); // fitted to lower it
        QVERIFY(m.trust.usesMusicnnReference());
        QCOMPARE(m.trust.trainingEmbeddings.rows, 30); // 3 training clips x 10 genres
        QVERIFY(m.musicnn);
        const gtzan::Predictor predictor(m);
        for (const QString &file : m_strange) {
            const gtzan::FilePrediction p = predictor.predictFile(file);
            qInfo("%s on %s: %s %.2f, %s (%s), nearest %.3f (threshold %.3f)", qPrintable(model), qPrintable(QFileInfo(file).fileName()),
                  qPrintable(p.genreName), p.trust.confidence, p.trust.unsure ? "unsure" : "SURE", qPrintable(p.trust.kind), p.trust.nearestDistance,
                  m.trust.distanceThreshold);
            QVERIFY2(p.trust.unsure, qPrintable(QStringLiteral("%1 called %2 %3").arg(model, QFileInfo(file).fileName(), p.genreName)));
        }
        // A real clip it trained on is near its own reference vector.
        const gtzan::FilePrediction real = predictor.predictFile(m_data + QStringLiteral("/genres/metal/metal.00000.wav"));
        QVERIFY(real.trust.kind != QLatin1String("far-from-training"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        gtzan::configureTorchThreads(2);
        m_data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        qputenv("GTZAN_MUSICNN_DIR", QFile::encodeName(testsupport::requireShared(QStringLiteral("models/musicnn"))));
        const QString sr = QStringLiteral("22050");
        const QString one = QStringLiteral("1");
        QVERIFY(runTool(QStringLiteral("sox"),
                        {QStringLiteral("-n"), QStringLiteral("-r"), sr, QStringLiteral("-c"), one, made(QStringLiteral("noise.wav")),
                         QStringLiteral("synth"), QStringLiteral("15"), QStringLiteral("whitenoise"), QStringLiteral("vol"), QStringLiteral("0.5")}));
        QVERIFY(runTool(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), sr, QStringLiteral("-c"), one,
                                                made(QStringLiteral("tone.wav")), QStringLiteral("synth"), QStringLiteral("15"),
                                                QStringLiteral("sine"), QStringLiteral("440"), QStringLiteral("vol"), QStringLiteral("0.5")}));
        QVERIFY(
            runTool(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), sr, QStringLiteral("-c"), one,
                                            made(QStringLiteral("silence.wav")), QStringLiteral("trim"), QStringLiteral("0"), QStringLiteral("15")}));
        QVERIFY(runTool(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), made(QStringLiteral("speech.wav")),
                                                      QStringLiteral("Good evening. Here is the news. The council met today to discuss the new "
                                                                     "bridge, and the vote will take place next week after a public hearing.")}));
        m_strange = QStringList{made(QStringLiteral("noise.wav")), made(QStringLiteral("tone.wav")), made(QStringLiteral("speech.wav")),
                                made(QStringLiteral("silence.wav"))};
    }

    void recipeRoundTrips() {
        QByteArray printed;
        QVERIFY(runTool(testsupport::cliPath(),
                        trainArgs(QStringLiteral("cnn2d"), 7) +
                            QStringList{QStringLiteral("--folds"), QStringLiteral("3"), QStringLiteral("--print-recipe")},
                        &printed));
        const QString file = made(QStringLiteral("recipe.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(printed);
        }
        const gtzan::TrainingRecipe r = gtzan::loadRecipeFile(file);
        QCOMPARE(r.model.name, QStringLiteral("cnn2d"));
        QCOMPARE(r.options.epochs, 7);
        QCOMPARE(r.crossValidationFolds, 3);
        QVERIFY(r.reproducible);
        QByteArray again;
        QVERIFY(
            runTool(testsupport::cliPath(), {QStringLiteral("train"), QStringLiteral("--recipe"), file, QStringLiteral("--print-recipe")}, &again));
        QCOMPARE(again, printed);
        QCOMPARE(gtzan::recipeFileText(r).trimmed(), printed.trimmed());
        // One source for a recipe: a flag beside --recipe is refused, as is a damaged file.
        QProcess p;
        p.start(testsupport::cliPath(), {QStringLiteral("train"), QStringLiteral("--recipe"), file, QStringLiteral("--epochs"), QStringLiteral("3"),
                                         QStringLiteral("--out"), made(QStringLiteral("x.gtzm"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--epochs and --recipe do not go together"));
        QFile damaged(made(QStringLiteral("damaged.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(printed.left(printed.size() / 2));
        damaged.close();
        QVERIFY_THROWS_EXCEPTION(gtzan::Error, gtzan::loadRecipeFile(damaged.fileName()));
        QVERIFY(!QFile::exists(made(QStringLiteral("x.gtzm"))));
    }

    void cnn1dIsCalibratedAndUnsureOfMadeUpSounds() { trainedModelIsHonest(QStringLiteral("cnn1d"), 10); }
    void cnn2dIsCalibratedAndUnsureOfMadeUpSounds() { trainedModelIsHonest(QStringLiteral("cnn2d"), 4); }

    void foldsCalibrateAndCallFewRealClipsStrange() {
        const QString path = made(QStringLiteral("cv.gtzm"));
        QByteArray out;
        QStringList args = trainArgs(QStringLiteral("cnn1d"), 6);
        args.replace(args.indexOf(QStringLiteral("--test-per-genre")) + 1, QStringLiteral("0"));
        args.replace(args.indexOf(QStringLiteral("--val-per-genre")) + 1, QStringLiteral("0"));
        QVERIFY(
            runTool(testsupport::cliPath(), args + QStringList{QStringLiteral("--folds"), QStringLiteral("5"), QStringLiteral("--out"), path}, &out));
        const gtzan::TrainedModel m = gtzan::loadModelFile(path);
        QCOMPARE(m.trust.calibration.fittedOn, QStringLiteral("cross-validation"));
        QCOMPARE(m.trust.calibration.clips, 50);
        // Step-matched folds: 6 epochs on 50 clips, so 8 (6 x 50 / 40) on a fold's 40.
        QCOMPARE(m.crossValidation.value(QStringLiteral("foldEpochs")).toInt(), 8);
        int far = 0;
        for (const QJsonValue &id : m.crossValidation.value(QStringLiteral("unsureIds")).toArray())
            far += id.toString().contains(QLatin1String("far-from-training")) ? 1 : 0;
        qInfo("out of fold: %d of 50 real clips nothing like their fold's training", far);
        QVERIFY2(far <= 2, out.right(3000).constData());
    }

    void anOlderModelFileStillLoads() {
        // The small starter was made before calibration records and musicnn reference vectors.
        const QString old = QStringLiteral(":/models/starter-cnn1d.gtzm");
        const QString path = QFileInfo::exists(old)
                                 ? old
                                 : QString::fromLocal8Bit(qgetenv("GTZAN_SOURCE_DIR")) + QStringLiteral("/resources/models/starter-cnn1d.gtzm");
        const gtzan::TrainedModel m = gtzan::loadModelFile(path);
        QVERIFY(!m.trust.calibration.calibrated());
        QVERIFY(!m.trust.usesMusicnnReference());
        const gtzan::Predictor predictor(m);
        const gtzan::FilePrediction p = predictor.predictFile(m_data + QStringLiteral("/genres/jazz/jazz.00001.wav"));
        QVERIFY(p.genre >= 0);
        QVERIFY(p.tags.empty()); // no musicnn in that file
    }
};

QTEST_GUILESS_MAIN(ModelTrust)
#include "test_model_trust.moc"
