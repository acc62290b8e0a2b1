// gtzan-cli scan and bench dataset, run as a person would.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDatasetCli : public QObject {
    Q_OBJECT
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(testsupport::cliPath(), args);
        if (!p.waitForFinished(300000)) return -1;
        if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err) *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void scanRealSampleText() {
        QString out;
        QCOMPARE(run({QStringLiteral("scan"), testsupport::requireShared(QStringLiteral("data/gtzan-sample"))}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("(layout genres)")));
        QVERIFY(out.contains(QStringLiteral("reggae        5")));
        QVERIFY(out.contains(QStringLiteral("total        50 clips, 0:25:0"))); // 50 x 30 s
        QVERIFY(out.contains(QStringLiteral("50 x WAV PCM 16-bit 22050 Hz mono")));
        QVERIFY(out.contains(QStringLiteral("Problems: 0")));
    }

    void scanJsonGct634WithProblems() {
        QTemporaryDir tmp;
        testsupport::GeneratedGtzan g;
        g.dir = tmp.path();
        g.layout = QStringLiteral("genres");
        g.genres = {QStringLiteral("jazz"), QStringLiteral("rock")};
        g.clipsPerGenre = 2;
        g.seconds = 1.0;
        g.corrupt = {QStringLiteral("jazz/jazz.00001")};
        testsupport::writeGeneratedGtzan(g);
        QString out;
        QCOMPARE(run({QStringLiteral("scan"), tmp.path(), QStringLiteral("--genres"), QStringLiteral("gct634"), QStringLiteral("--json")}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("clips")).toInt(), 1); // rock is not of the 8; jazz.00001 is broken
        QCOMPARE(o.value(QStringLiteral("genres")).toArray().size(), 8);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("jazz")).toInt(), 1);
        const QString problems = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("problems")).toArray()).toJson());
        QVERIFY(problems.contains(QStringLiteral("jazz/jazz.00001 left out")));
        QVERIFY(problems.contains(QStringLiteral("1.00 s long, expected about 30 s")));
        QVERIFY(problems.contains(QStringLiteral("no folder for genre pop")));
    }

    void scanErrors() {
        QString err;
        QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("/nonexistent/gtzan")}, nullptr, &err), 1);
        QVERIFY(err.contains(QStringLiteral("/nonexistent/gtzan")));
        QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--genres"), QStringLiteral("eleven")}, nullptr, &err), 1);
        QVERIFY(err.contains(QStringLiteral("eleven")));
        QCOMPARE(run({QStringLiteral("scan")}), 2);
    }

    void benchDatasetSmall() {
        QTemporaryDir tmp;
        testsupport::GeneratedGtzan g;
        g.dir = tmp.path();
        g.genres = {QStringLiteral("pop")};
        g.clipsPerGenre = 4;
        g.seconds = 3.0;
        testsupport::writeGeneratedGtzan(g);
        QString out;
        QCOMPARE(run({QStringLiteral("bench"), QStringLiteral("dataset"), tmp.path(), QStringLiteral("--threads"), QStringLiteral("2")}, &out), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("clips")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("warm_hits")).toInt(), 4);
        QVERIFY(o.value(QStringLiteral("cold_ms")).toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetCli)
#include "test_dataset_cli.moc"
