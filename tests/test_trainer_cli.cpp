// End to end on the real sample: gtzan-cli train (3 train / 2 test clips per genre, 1 epoch),
// then eval and predict with the model file it wrote. Checks plumbing and file contents, not accuracy.
#include "TestSupport.h"
#include "model/ModelFile.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestTrainerCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Runs gtzan-cli; true when it ended by itself with expectedExit (stdout into *out). Callers
    // assert it: QVERIFY(run(...)).
    bool run(const QStringList &args, int expectedExit, QByteArray *out = nullptr) {
        QProcess cli;
        cli.start(testsupport::cliPath(), args);
        if (!cli.waitForFinished(600000) || cli.exitStatus() != QProcess::NormalExit) {
            qWarning("gtzan-cli %s did not finish by itself", qPrintable(args.join(QLatin1Char(' '))));
            return false;
        }
        const QByteArray err = cli.readAllStandardError();
        if (out) *out = cli.readAllStandardOutput();
        if (cli.exitCode() == expectedExit) return true;
        qWarning("gtzan-cli %s: exit %d, expected %d:\n%s", qPrintable(args.join(QLatin1Char(' '))), cli.exitCode(), expectedExit, err.constData());
        return false;
    }

private Q_SLOTS:
    void trainEvalPredict() {
        const QString data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString model = m_dir.filePath(QStringLiteral("sample.gtzm"));
        QByteArray trainOut;
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--genres"), QStringLiteral("all"),
                     QStringLiteral("--test-per-genre"), QStringLiteral("2"), QStringLiteral("--model"), QStringLiteral("baseline1d"),
                     QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--seeds"), QStringLiteral("2"), QStringLiteral("--threads"),
                     QStringLiteral("2"), QStringLiteral("--out"), model, QStringLiteral("--json")},
                    0, &trainOut));
        QVERIFY(!trainOut.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(trainOut).object();
        QCOMPARE(summary.value(QStringLiteral("runs")).toArray().size(), 2);
        QVERIFY(summary.contains(QStringLiteral("meanTestAccuracy")));
        const QJsonObject evaluation = summary.value(QStringLiteral("evaluation")).toObject();
        QCOMPARE(evaluation.value(QStringLiteral("clipCount")).toInt(), 20); // 2 test clips x 10 genres
        QCOMPARE(evaluation.value(QStringLiteral("segments")).toInt(), 140); // 7 segments each

        const QJsonObject meta = gtzan::readModelMetadata(model);
        QCOMPARE(meta.value(QStringLiteral("genres")).toArray().size(), 10);
        QCOMPARE(meta.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("trainClips")).toInt(), 30);
        QCOMPARE(meta.value(QStringLiteral("featureSpec")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gct634"));

        // eval on the whole sample: 50 clips; its figures are the model's on those clips.
        QByteArray evalOut;
        QVERIFY(run({QStringLiteral("eval"), model, QStringLiteral("--data"), data, QStringLiteral("--json")}, 0, &evalOut));
        const QJsonObject ev = QJsonDocument::fromJson(evalOut).object();
        QCOMPARE(ev.value(QStringLiteral("clipCount")).toInt(), 50);
        QCOMPARE(ev.value(QStringLiteral("confusion")).toArray().size(), 10);
        int total = 0;
        for (const QJsonValue &row : ev.value(QStringLiteral("confusion")).toArray())
            for (const QJsonValue &v : row.toArray()) total += v.toInt();
        QCOMPARE(total, 50);
        // The test clips' verdicts agree with what training stored.
        const QJsonArray stored = evaluation.value(QStringLiteral("clips")).toArray();
        const QJsonArray all = ev.value(QStringLiteral("clips")).toArray();
        int matched = 0;
        for (const QJsonValue &s : stored)
            for (const QJsonValue &a : all)
                if (a.toObject().value(QStringLiteral("id")) == s.toObject().value(QStringLiteral("id"))) {
                    QCOMPARE(a.toObject().value(QStringLiteral("predicted")), s.toObject().value(QStringLiteral("predicted")));
                    ++matched;
                }
        QCOMPARE(matched, 20);

        QByteArray predictOut;
        QVERIFY(
            run({QStringLiteral("predict"), model, data + QStringLiteral("/genres/pop/pop.00004.wav"), QStringLiteral("--json")}, 0, &predictOut));
        const QJsonArray pred = QJsonDocument::fromJson(predictOut).array();
        QCOMPARE(pred.size(), 1);
        QVERIFY(meta.value(QStringLiteral("genres")).toArray().contains(pred[0].toObject().value(QStringLiteral("genre"))));

        // Usage errors (anything TrainingRecipe::validate() refuses) exit 2; a failing run exits 1;
        // both leave the last good model file as it was.
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data}, 2));
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), QStringLiteral("cnn1d"),
                     QStringLiteral("--augment"), QStringLiteral("sometimes"), QStringLiteral("--out"), model},
                    2));
        QFile f(model);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), QStringLiteral("cnn1d"),
                     QStringLiteral("--augment"), QStringLiteral("offline"), QStringLiteral("--augment-chain"), QStringLiteral("no-such-chain"),
                     QStringLiteral("--out"), model},
                    2));
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), QStringLiteral("cnn1d"),
                     QStringLiteral("--epochs"), QStringLiteral("0"), QStringLiteral("--out"), model},
                    2));
        QVERIFY(run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), QStringLiteral("cnn1d"),
                     QStringLiteral("--test-per-genre"), QStringLiteral("5"), QStringLiteral("--out"), model},
                    1)); // no clip left to train on
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestTrainerCli)
#include "test_trainer_cli.moc"
