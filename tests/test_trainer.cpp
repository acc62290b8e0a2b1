// The trainer on generated data: reaching high accuracy on a separable set, determinism,
// seeds with mean and spread, cancellation, the QThread worker, and the evaluation arithmetic.
#include "GeneratedClips.h"
#include "common/Error.h"
#include "tensor/TorchRuntime.h"
#include "training/Evaluation.h"
#include "training/Trainer.h"
#include "training/TrainingWorker.h"
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace gtzan;
using testsupport::genreNames;
using testsupport::separableClips;

namespace {

// 4 genres, 16 bands, 64-frame clips cut into 16-frame segments (4 per clip).
TrainingData smallData(int trainPerGenre = 12, double noise = 6.0) {
    TrainingData d;
    d.genres = genreNames(4);
    d.train = separableClips(4, trainPerGenre, 16, 64, 1, noise);
    d.validation = separableClips(4, 3, 16, 64, 2, noise);
    d.test = separableClips(4, 5, 16, 64, 3, noise);
    d.segmentFrames = 16;
    return d;
}

TrainingOptions quickOptions(int epochs, int seeds = 1) {
    TrainingOptions o;
    o.epochs = epochs;
    o.seeds = seeds;
    o.batchSize = 16;
    o.learningRate = 1e-3;
    return o;
}

ModelConfig named(const char *name) {
    ModelConfig c;
    c.name = QString::fromLatin1(name);
    return c;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureTorchThreads(2); }

    void separableSetIsLearned_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("cnn1d") << "cnn1d";
        QTest::newRow("baseline1d") << "baseline1d";
        QTest::newRow("cnn2d") << "cnn2d";
        QTest::newRow("embed_mlp") << "embed_mlp";
    }
    void separableSetIsLearned() {
        QFETCH(QString, model);
        ModelConfig c;
        c.name = model;
        const TrainingOutcome out = trainModels(smallData(), c, quickOptions(model == QLatin1String("embed_mlp") ? 30 : 6));
        QVERIFY(out.hasModel());
        const RunResult &r = out.runs.front();
        QVERIFY(r.hasTest);
        QVERIFY2(r.test.accuracy >= 0.95, qPrintable(QStringLiteral("test clip accuracy %1").arg(r.test.accuracy)));
        QCOMPARE(int(r.test.clips.size()), 20);
        QCOMPARE(r.test.segments, 80);
        QVERIFY(r.bestEpoch >= 1);
        QVERIFY(r.history.back().trainLoss < r.history.front().trainLoss);
    }

    void sameSeedSameResult() {
        const TrainingData d = smallData(6);
        const TrainingOutcome a = trainModels(d, named("cnn1d"), quickOptions(2));
        const TrainingOutcome b = trainModels(d, named("cnn1d"), quickOptions(2));
        QCOMPARE(a.runs[0].history.size(), b.runs[0].history.size());
        for (size_t i = 0; i < a.runs[0].history.size(); ++i) {
            QCOMPARE(a.runs[0].history[i].trainLoss, b.runs[0].history[i].trainLoss);
            QCOMPARE(a.runs[0].history[i].validationLoss, b.runs[0].history[i].validationLoss);
        }
        QCOMPARE(a.runs[0].test.clips[3].probabilities, b.runs[0].test.clips[3].probabilities);
        // A different seed starts elsewhere.
        TrainingOptions other = quickOptions(2);
        other.firstSeed = 7;
        const TrainingOutcome c = trainModels(d, named("cnn1d"), other);
        QVERIFY(c.runs[0].history[0].trainLoss != a.runs[0].history[0].trainLoss);
    }

    void seedsGiveMeanAndSpread() {
        const TrainingOutcome out = trainModels(smallData(6), named("baseline1d"), quickOptions(2, 3));
        QCOMPARE(int(out.runs.size()), 3);
        QCOMPARE(out.runs[2].seed, uint64_t(3));
        double mean = 0;
        for (const RunResult &r : out.runs) mean += r.test.accuracy / 3;
        QCOMPARE(out.meanTestAccuracy, mean);
        QVERIFY(out.stdTestAccuracy >= 0);
        QVERIFY(out.meanValidationAccuracy >= 0);
        QVERIFY(out.bestRun >= 0 && out.bestRun < 3);
        const QJsonObject j = out.toJson();
        QCOMPARE(j.value(QStringLiteral("runs")).toArray().size(), 3);
    }

    void callbacksReportEveryBatchAndEpoch() {
        int batches = 0, epochs = 0;
        double lastEta = -1;
        TrainingCallbacks cb;
        cb.onBatch = [&](const BatchReport &r) {
            ++batches;
            QVERIFY(r.samplesPerSecond > 0);
            QVERIFY(r.batch >= 1 && r.batch <= r.batches);
        };
        cb.onEpoch = [&](const EpochReport &e) {
            ++epochs;
            QVERIFY(e.validationAccuracy >= 0);
            lastEta = e.etaSeconds;
        };
        // 6 clips x 4 genres x 4 segments = 96 segments = 6 batches of 16.
        trainModels(smallData(6), named("baseline1d"), quickOptions(3), cb);
        QCOMPARE(batches, 18);
        QCOMPARE(epochs, 3);
        QCOMPARE(lastEta, 0.0);
    }

    void earlyStopEndsARun() {
        TrainingOptions o = quickOptions(40);
        o.earlyStopPatience = 2;
        o.learningRate = 1e-2;
        const TrainingOutcome out = trainModels(smallData(6), named("baseline1d"), o);
        // A separable set reaches perfect validation soon; nothing can beat it afterwards.
        QVERIFY(out.runs[0].stoppedEarly);
        QCOMPARE(int(out.runs[0].history.size()), out.runs[0].bestEpoch + 2);
    }

    void cancelKeepsBestSoFar() {
        std::atomic_bool cancel{false};
        TrainingCallbacks cb;
        int batches = 0;
        cb.onBatch = [&](const BatchReport &) {
            if (++batches == 9) cancel = true;   // in the middle of epoch 2 (6 batches per epoch)
        };
        const TrainingOutcome out = trainModels(smallData(6), named("baseline1d"), quickOptions(5, 3), cb, &cancel);
        QVERIFY(out.cancelled);
        QCOMPARE(batches, 9);
        QCOMPARE(int(out.runs.size()), 1);             // later seeds never started
        QVERIFY(out.hasModel());
        QCOMPARE(out.runs[0].bestEpoch, 1);
        QVERIFY(out.note.contains(QStringLiteral("cancelled")));
        QVERIFY(out.note.contains(QStringLiteral("best model so far")));

        // Cancelled before the first epoch ended: no model, and it says so.
        std::atomic_bool early{true};
        const TrainingOutcome none = trainModels(smallData(6), named("baseline1d"), quickOptions(5), {}, &early);
        QVERIFY(none.cancelled);
        QVERIFY(!none.hasModel());
        QVERIFY(none.note.contains(QStringLiteral("no model")));
    }

    void workerRunsInAThread() {
        auto *worker = new TrainingWorker(smallData(6), named("baseline1d"), quickOptions(2));
        QThread thread;
        worker->moveToThread(&thread);
        QSignalSpy epochs(worker, &TrainingWorker::epochFinished);
        QSignalSpy batches(worker, &TrainingWorker::batchFinished);
        QSignalSpy finished(worker, &TrainingWorker::finished);
        connect(&thread, &QThread::started, worker, &TrainingWorker::run);
        thread.start();
        QVERIFY(finished.wait(120000));
        thread.quit();
        thread.wait();
        QCOMPARE(epochs.count(), 2);
        QCOMPARE(batches.count(), 12);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(epochs.last().at(0).value<EpochReport>().epoch, 2);
        QVERIFY(worker->outcome().hasModel());
        delete worker;
    }

    void workerCancels() {
        auto *worker = new TrainingWorker(smallData(6), named("baseline1d"), quickOptions(50));
        QThread thread;
        worker->moveToThread(&thread);
        QSignalSpy finished(worker, &TrainingWorker::finished);
        connect(&thread, &QThread::started, worker, &TrainingWorker::run);
        // Cancel (from this thread) once the first epoch is reported.
        connect(worker, &TrainingWorker::epochFinished, this, [worker] { worker->cancel(); });
        thread.start();
        QVERIFY(finished.wait(120000));
        thread.quit();
        thread.wait();
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(worker->outcome().runs[0].history.size() < 50);
        QVERIFY(worker->outcome().hasModel());
        delete worker;
    }

    void badDataIsRefused() {
        TrainingData d = smallData(2);
        d.train[0].clip.label = 9;
        QVERIFY_THROWS_EXCEPTION(Error, trainModels(d, named("cnn1d"), quickOptions(1)));
        d = smallData(2);
        d.validation[0].features = Matrix(12, 64);   // wrong band count
        QVERIFY_THROWS_EXCEPTION(Error, trainModels(d, named("cnn1d"), quickOptions(1)));
        TrainingOptions o = quickOptions(0);
        QVERIFY_THROWS_EXCEPTION(Error, trainModels(smallData(2), named("cnn1d"), o));
    }

    // Hand-checked aggregation: 2 genres, 3 clips.
    void evaluationArithmetic() {
        std::vector<ClipRecord> clips(3);
        clips[0].label = 0, clips[1].label = 1, clips[2].label = 1;
        clips[0].id = QStringLiteral("a"), clips[1].id = QStringLiteral("b"), clips[2].id = QStringLiteral("c");
        const std::vector<int> seg{0, 0, 0, 1, 1, 2};
        const std::vector<std::vector<float>> p{{0.9f, 0.1f}, {0.4f, 0.6f}, {0.45f, 0.55f},   // a: mean 0.583 -> 0; vote 1; max 0
                                                {0.2f, 0.8f}, {0.3f, 0.7f},                   // b: 1 all ways
                                                {0.7f, 0.3f}};                                // c: 0 (wrong)
        const Evaluation ev = evaluateSegments({QStringLiteral("x"), QStringLiteral("y")}, clips, seg, p);
        QCOMPARE(ev.clips[0].predicted, 0);
        QCOMPARE(ev.clips[0].predictedByVote, 1);
        QCOMPARE(ev.clips[0].predictedByMax, 0);
        QCOMPARE(ev.accuracy, 2.0 / 3);
        QCOMPARE(ev.accuracyByVote, 1.0 / 3);
        QCOMPARE(ev.segmentAccuracy, 2.0 / 6);
        QCOMPARE(ev.confusion, (std::vector<std::vector<int>>{{1, 0}, {1, 1}}));
        QCOMPARE(ev.perClass[0].precision, 0.5);
        QCOMPARE(ev.perClass[0].recall, 1.0);
        QCOMPARE(ev.perClass[1].precision, 1.0);
        QCOMPARE(ev.perClass[1].recall, 0.5);
        QVERIFY(qAbs(ev.perClass[0].f1 - 2.0 / 3) < 1e-12);
        const Evaluation back = Evaluation::fromJson(ev.toJson());
        QCOMPARE(back.accuracy, ev.accuracy);
        QCOMPARE(back.confusion, ev.confusion);
        QCOMPARE(back.accuracyByVote, ev.accuracyByVote);
        QCOMPARE(back.clips[0].segmentPredictions, (std::vector<int>{0, 1, 1}));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"
