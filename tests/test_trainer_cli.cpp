// End to end on the real sample: gtzan-cli train (3 train / 2 test clips per genre, 1 epoch),
// then eval and predict with the model file it wrote. Checks plumbing and file contents, not accuracy.
#include "TestSupport.h"
#include "training/ModelFile.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestTrainerCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray run(const QStringList &args, int expectedExit) {
        QProcess cli;
        cli.start(testsupport::cliPath(), args);
        if (!cli.waitForFinished(600000)) return {};
        const QByteArray err = cli.readAllStandardError();
        if (cli.exitCode() != expectedExit) qWarning("%s", err.constData());
        return cli.exitCode() == expectedExit ? cli.readAllStandardOutput() : QByteArray();
    }

private Q_SLOTS:
    void trainEvalPredict() {
        const QString data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString model = m_dir.filePath(QStringLiteral("sample.gtzm"));
        const QByteArray trainOut = run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--genres"), QStringLiteral("all"),
                                         QStringLiteral("--test-per-genre"), QStringLiteral("2"), QStringLiteral("--model"), QStringLiteral("baseline1d"),
                                         QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--seeds"), QStringLiteral("2"),
                                         QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), model, QStringLiteral("--json")},
                                        0);
        QVERIFY(!trainOut.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(trainOut).object();
        QCOMPARE(summary.value(QStringLiteral("runs")).toArray().size(), 2);
        QVERIFY(summary.contains(QStringLiteral("meanTestAccuracy")));
        const QJsonObject evaluation = summary.value(QStringLiteral("evaluation")).toObject();
        QCOMPARE(evaluation.value(QStringLiteral("clipCount")).toInt(), 20);     // 2 test clips x 10 genres
        QCOMPARE(evaluation.value(QStringLiteral("segments")).toInt(), 140);     // 7 segments each

        const QJsonObject meta = gtzan::readModelMetadata(model);
        QCOMPARE(meta.value(QStringLiteral("genres")).toArray().size(), 10);
        QCOMPARE(meta.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("trainClips")).toInt(), 30);
        QCOMPARE(meta.value(QStringLiteral("featureSpec")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("gct634"));

        // eval on the whole sample: 50 clips; its figures are the model's on those clips.
        const QJsonObject ev = QJsonDocument::fromJson(run({QStringLiteral("eval"), model, QStringLiteral("--data"), data, QStringLiteral("--json")}, 0)).object();
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

        const QJsonArray pred = QJsonDocument::fromJson(run({QStringLiteral("predict"), model, data + QStringLiteral("/genres/pop/pop.00004.wav"), QStringLiteral("--json")}, 0)).array();
        QCOMPARE(pred.size(), 1);
        QVERIFY(meta.value(QStringLiteral("genres")).toArray().contains(pred[0].toObject().value(QStringLiteral("genre"))));

        // Usage errors exit 2; an unavailable augmentation says so and exits 1 without touching the model.
        run({QStringLiteral("train"), QStringLiteral("--data"), data}, 2);
        const QByteArray before = QFile(model).exists() ? QByteArray("x") : QByteArray();
        run({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), QStringLiteral("cnn1d"), QStringLiteral("--augment"),
             QStringLiteral("online"), QStringLiteral("--out"), model}, 1);
        QVERIFY(!before.isEmpty());
        QVERIFY(gtzan::readModelMetadata(model).contains(QStringLiteral("tensors")));
    }
};

QTEST_GUILESS_MAIN(TestTrainerCli)
#include "test_trainer_cli.moc"
