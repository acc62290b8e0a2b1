// RunHistory: a record with its evaluation and per-epoch history survives save / load exactly;
// a damaged file gives a clear error and loses nothing (file and entries in memory untouched).
#include "common/Error.h"
#include "training/RunHistory.h"
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

namespace {
RunRecord sampleRecord(const QString &id) {
    RunRecord r;
    r.id = id;
    r.finished = QDateTime::fromString(QStringLiteral("2026-11-25T13:00:00.123"), Qt::ISODateWithMs);
    r.recipe.dataFolder = QStringLiteral("/data");
    r.recipe.model.name = QStringLiteral("cnn2d");
    r.recipe.options.seeds = 2;
    r.train = {0.9, 0.05};
    r.validation = {0.7, 0.1};
    r.test = {0.5, 0.0};
    r.seconds = 12.5;
    r.keptRun = 1;
    for (int run = 1; run <= 2; ++run) {
        std::vector<EpochReport> epochs;
        for (int e = 1; e <= 3; ++e) {
            EpochReport x;
            x.run = run;
            x.runs = 2;
            x.epoch = e;
            x.epochs = 3;
            x.trainLoss = 2.0 / e;
            x.trainAccuracy = 0.3 * e;
            x.validationLoss = 2.5 / e;
            x.validationAccuracy = 0.25 * e;
            x.validationClipAccuracy = 0.2 * e;
            x.improved = e == 3;
            epochs.push_back(x);
        }
        r.history.push_back(epochs);
    }
    r.hasEvaluation = true;
    // Two clips: jazz.00001 (2 segments) taken for pop, pop.00002 right.
    ClipRecord jazz, pop;
    jazz.id = QStringLiteral("jazz/jazz.00001");
    jazz.path = QStringLiteral("/data/jazz/jazz.00001.wav");
    jazz.label = 0;
    pop.id = QStringLiteral("pop/pop.00002");
    pop.path = QStringLiteral("/data/pop/pop.00002.wav");
    pop.label = 1;
    r.evaluation =
        evaluateSegments({QStringLiteral("jazz"), QStringLiteral("pop")}, {jazz, pop}, {0, 0, 1}, {{0.25f, 0.75f}, {0.25f, 0.75f}, {0.1f, 0.9f}});
    r.modelPath = QStringLiteral("/models/a.gtzm");
    return r;
}
} // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedSpread() {
        const SeedSpread s = SeedSpread::of({0.5, 0.7, -1});
        QCOMPARE(s.mean, 0.6);
        QVERIFY(std::abs(s.sd - 0.141421356) < 1e-6);
        QCOMPARE(SeedSpread::of({}).mean, -1.0);
    }

    void roundTrip() {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sub/history.json"));
        RunHistory h(path);
        h.load(); // missing: empty
        QVERIFY(h.records().empty());
        h.add(sampleRecord(QStringLiteral("a")));
        h.add(sampleRecord(QStringLiteral("b")));
        h.save();
        RunHistory back(path);
        back.load();
        QCOMPARE(int(back.records().size()), 2);
        for (size_t i = 0; i < 2; ++i) QCOMPARE(QJsonDocument(back.records()[i].toJson()).toJson(), QJsonDocument(h.records()[i].toJson()).toJson());
        const RunRecord &r = back.records()[1];
        QCOMPARE(r.id, QStringLiteral("b"));
        QCOMPARE(r.evaluation.clips.front().probabilities[1], 0.75f);
        QCOMPARE(r.history[1][2].validationAccuracy, 0.75);
        QCOMPARE(r.history[1][2].epochs, 3);
        QCOMPARE(r.recipe.model.name, QStringLiteral("cnn2d"));
        QCOMPARE(r.finished, sampleRecord(QStringLiteral("b")).finished);
        QVERIFY(back.remove(QStringLiteral("a")));
        QVERIFY(!back.remove(QStringLiteral("a")));
        back.insert(0, sampleRecord(QStringLiteral("a")));
        QCOMPARE(back.indexOf(QStringLiteral("a")), 0);
    }

    void damagedFileLosesNothing() {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("history.json"));
        RunHistory h(path);
        h.add(sampleRecord(QStringLiteral("a")));
        h.save();
        RunHistory loaded(path);
        loaded.load();
        QCOMPARE(int(loaded.records().size()), 1);
        // Cut the file in half: not JSON any more.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray half = f.readAll().left(200);
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(half);
        f.close();
        try {
            loaded.load();
            QFAIL("a damaged history loaded");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path) && e.message().contains(QStringLiteral("damaged")), qPrintable(e.message()));
        }
        QCOMPARE(int(loaded.records().size()), 1); // what was in memory stays
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), half); // the file stays as it was
        f.close();
        // Valid JSON but a broken run: also a clear error.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"runs":[{"id":"x","recipe":{"splitKind":"sideways"}}]})");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, loaded.load());
        QCOMPARE(int(loaded.records().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "test_run_history.moc"
