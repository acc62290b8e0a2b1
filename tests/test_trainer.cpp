// The trainer on generated data: reaching high accuracy on a separable set, determinism,
// seeds with mean and spread, cancellation, training as a background task, and the evaluation arithmetic.
#include "GeneratedClips.h"
#include "common/Error.h"
#include "tasks/TaskRunner.h"
#include "tensor/TorchRuntime.h"
#include "training/Evaluation.h"
#include "training/Trainer.h"
#include <QtTest>
#include <optional>

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
    d.spec = d.train.front().spec; // the generated clips' spec (16 bands)
    d.spec.setSegmentFrames(16);
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
    void featuresOfAnotherSpecAreRefused() {
        // One validation clip made with another hop: the run refuses it and says how it differs,
        // rather than training on features that mean something else.
        TrainingData d = smallData(2);
        d.validation.front().spec.hop = 256;
        try {
            trainModels(d, named("cnn1d"), quickOptions(1));
            QFAIL("a clip of another spec was taken");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(d.validation.front().clip.id) && e.message().contains(QLatin1String("hop_length 256 (expected 512)")),
                     qPrintable(e.message()));
        }
        // The segment length is the spec's: 16 frames here, whatever the preset's 4 s.
        QCOMPARE(smallData(2).segmentFrames(), 16);
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
            if (++batches == 9) cancel = true; // in the middle of epoch 2 (6 batches per epoch)
        };
        const TrainingOutcome out = trainModels(smallData(6), named("baseline1d"), quickOptions(5, 3), cb, &cancel);
        QVERIFY(out.cancelled);
        QCOMPARE(batches, 9);
        QCOMPARE(int(out.runs.size()), 1); // later seeds never started
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

    // trainModels() as a background task, its reports posted to this thread (what the Train tab does).
    void trainingRunsAsATask() {
        TaskRunner runner;
        QObject owner;
        QList<EpochReport> epochs;
        int batches = 0;
        std::optional<TrainingOutcome> outcome;
        bool failed = false;
        const TrainingData data = smallData(6);
        runner.start<TrainingOutcome>(
            &owner, QStringLiteral("training"),
            [&, data](TaskContext &task) {
                TrainingCallbacks cb;
                cb.onBatch = [&](const BatchReport &) { task.post([&] { ++batches; }); };
                cb.onEpoch = [&](const EpochReport &e) { task.post([&, e] { epochs << e; }); };
                return trainModels(data, named("baseline1d"), quickOptions(2), cb, task.cancelFlag());
            },
            [&](TrainingOutcome out) { outcome = std::move(out); }, [&](const TaskError &) { failed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome || failed, 120000);
        QVERIFY(!failed);
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(batches, 12);
        QCOMPARE(outcome->cancelled, false);
        QCOMPARE(epochs.last().epoch, 2);
        QVERIFY(outcome->hasModel());
    }

    void trainingTaskCancels() {
        TaskRunner runner;
        QObject owner;
        const QString kind = QStringLiteral("training");
        bool gotResult = false;
        std::optional<TaskError> error;
        // What the cancelled run reached (a cancelled task delivers no result).
        auto reached = std::make_shared<TrainingOutcome>();
        const TrainingData data = smallData(6);
        runner.start<TrainingOutcome>(
            &owner, kind,
            [&, data, reached](TaskContext &task) {
                TrainingCallbacks cb;
                // Cancel (from this thread) once the first epoch is reported.
                cb.onEpoch = [&](const EpochReport &) { task.post([&] { runner.cancel(&owner, kind); }); };
                *reached = trainModels(data, named("baseline1d"), quickOptions(50), cb, task.cancelFlag());
                return *reached;
            },
            [&](TrainingOutcome) { gotResult = true; }, [&](const TaskError &e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error || gotResult, 120000);
        QVERIFY(!gotResult);
        QCOMPARE(error->cancelled, true);
        QVERIFY(reached->cancelled);
        QVERIFY(reached->runs[0].history.size() < 50);
        QVERIFY(reached->hasModel());
    }

    // The data set engine's per-epoch hook: called once per epoch with distinct seeds, its clips trained on.
    void onlineAugmentationHookIsCalledEveryEpoch() {
        TrainingData d = smallData(6);
        std::vector<std::pair<int, uint64_t>> calls;
        const auto original = d.train;
        d.onlineAugmentation = [&](int epoch, uint64_t seed) {
            calls.emplace_back(epoch, seed);
            auto clips = original;
            clips.resize(clips.size() / 2); // fewer clips: visible in the batch count
            return clips;
        };
        int batches = 0;
        TrainingCallbacks cb;
        cb.onBatch = [&](const BatchReport &) { ++batches; };
        trainModels(d, named("baseline1d"), quickOptions(3), cb);
        QCOMPARE(int(calls.size()), 3);
        QCOMPARE(calls[2].first, 3);
        QVERIFY(calls[0].second != calls[1].second);
        QCOMPARE(batches, 3 * 3); // 12 clips x 4 segments = 48 = 3 batches of 16 per epoch
    }

    void badDataIsRefused() {
        TrainingData d = smallData(2);
        d.train[0].clip.label = 9;
        QVERIFY_THROWS_EXCEPTION(Error, trainModels(d, named("cnn1d"), quickOptions(1)));
        d = smallData(2);
        d.validation[0].features = Matrix(12, 64); // wrong band count
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
        const std::vector<std::vector<float>> p{{0.9f, 0.1f}, {0.4f, 0.6f}, {0.45f, 0.55f}, // a: mean 0.583 -> 0; vote 1; max 0
                                                {0.2f, 0.8f}, {0.3f, 0.7f},                 // b: 1 all ways
                                                {0.7f, 0.3f}};                              // c: 0 (wrong)
        const Evaluation ev = evaluateSegments({QStringLiteral("x"), QStringLiteral("y")}, clips, seg, p);
        QCOMPARE(ev.clips[0].predicted, 0);
        QCOMPARE(ev.clips[0].predictedByVote, 1);
        QCOMPARE(ev.clips[0].predictedByMax, 0);
        QCOMPARE(ev.accuracy, 2.0 / 3);
        QCOMPARE(ev.accuracyByVote, 1.0 / 3);
        QCOMPARE(ev.segmentAccuracy, 3.0 / 6); // a: 1 of 3, b: 2 of 2, c: 0 of 1
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
