// GTZAN's faults and honest evaluation on the real sample (../shared): the leakage experiment's
// three real trainings (a segment-level split beats a clip-level one), the robustness sweep
// (its unperturbed point is the plain evaluation; a perturbation goes through the audio) and the
// suspect-label ranking (out of fold, every clip, least likely first). Also their CLI twins.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include "model/TrainedModel.h"
#include "studies/LeakageExperiment.h"
#include "studies/RobustnessSweep.h"
#include "studies/SuspectLabels.h"
#include "training/FolderEvaluation.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

class HonestEvaluation : public QObject {
    Q_OBJECT
    QTemporaryDir m_cache;
    QString m_sample, m_lists, m_starter;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_cache.isValid());
        m_sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        m_lists = testsupport::requireShared(QStringLiteral("data/splits/fault-filtered"));
        m_starter = QDir(qEnvironmentVariable("GTZAN_SOURCE_DIR")).filePath(QStringLiteral("resources/models/starter.gtzm"));
        QVERIFY2(QFileInfo::exists(m_starter), qPrintable(m_starter + QStringLiteral(" is missing (run under ctest: GTZAN_SOURCE_DIR)")));
    }

    void segmentSplitLeaksAboveClipSplit() {
        LeakageRequest request;
        request.recipe.dataFolder = m_sample;
        request.recipe.genreSet = QStringLiteral("all");
        request.recipe.model.name = QStringLiteral("cnn1d");
        request.recipe.options.epochs = 12;
        request.recipe.options.seeds = 1;
        request.recipe.cacheDir = m_cache.filePath(QStringLiteral("features"));
        request.recipe.threads = 2;
        request.filteredSplitFolder = m_lists;
        int epochs[3] = {0, 0, 0};
        LeakageCallbacks callbacks;
        callbacks.onEpoch = [&](int arm, const EpochReport &) { ++epochs[arm]; };
        const LeakageReport r = runLeakageExperiment(request, callbacks);
        QCOMPARE(int(r.arms.size()), 3);
        const LeakageArm &a = r.arms[0], &b = r.arms[1], &c = r.arms[2];
        for (const LeakageArm &arm : r.arms)
            qInfo("%s: %.3f (%d train / %d test %s)", qPrintable(arm.splitName), arm.testAccuracy, arm.trainItems, arm.testItems,
                  qPrintable(arm.items));
        // Three real trainings: each ran its epochs on its own data.
        QVERIFY(a.ran && b.ran && c.ran);
        QCOMPARE(epochs[0], 12);
        QCOMPARE(epochs[1], 12);
        QCOMPARE(epochs[2], 12);
        QCOMPARE(a.items, QStringLiteral("segments"));
        QCOMPARE(b.trainItems + b.testItems, 50);
        QVERIFY(a.trainItems + a.testItems > 300); // 50 clips of 30 s in 4 s segments
        // (a): slices of one clip are on both sides; (b): no clip is.
        QSet<QString> aTrainClips, aTestClips;
        for (const ClipVerdict &v : a.test.clips) aTestClips.insert(v.id.section(QLatin1Char('#'), 0, 0));
        QVERIFY(aTestClips.size() > 20);
        QSet<QString> bTest;
        for (const ClipVerdict &v : b.test.clips) bTest.insert(v.id);
        QCOMPARE(bTest.size(), b.testItems);
        // (c) tests on the fault-filtered list's clips that the sample holds, none of them faulty.
        for (const ClipVerdict &v : c.test.clips) QVERIFY2(!v.id.contains(QLatin1String("hiphop.00001")), qPrintable(v.id));
        QVERIFY2(a.testAccuracy > b.testAccuracy, qPrintable(QStringLiteral("segments %1, clips %2").arg(a.testAccuracy).arg(b.testAccuracy)));
    }

    void leakageRefusesEmbeddingOnlyModels() {
        LeakageRequest request;
        request.recipe.dataFolder = m_sample;
        request.recipe.model.name = QStringLiteral("embed_mlp");
        try {
            runLeakageExperiment(request);
            QFAIL("embed_mlp ran");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("spectrogram")), qPrintable(e.message()));
        }
    }

    // The starter (musicnn embeddings): the sweep's unperturbed point is the plain evaluation,
    // and noise at 10 dB SNR goes through the audio into the embeddings (the accuracy moves or the
    // probabilities do).
    void sweepStartsAtThePlainEvaluation() {
        const TrainedModel m = loadModelFile(m_starter);
        FolderEvaluationOptions plainOptions;
        plainOptions.cacheDir = m_cache.filePath(QStringLiteral("features"));
        const FolderEvaluation plain = evaluateModelOnFolder(m, m_sample, plainOptions);
        SweepOptions options;
        options.cacheDir = plainOptions.cacheDir;
        int progressCalls = 0;
        options.progress = [&](int, int, const QString &, int, int) { ++progressCalls; };
        const SweepReport r = runRobustnessSweep(m, m_sample, Perturbation::Noise, {10}, options);
        QCOMPARE(int(r.points.size()), 2);
        QVERIFY(r.points[0].none);
        QCOMPARE(r.points[0].accuracy, plain.evaluation.accuracy);
        QCOMPARE(r.points[0].clips, 50);
        QCOMPARE(r.points[1].clips, 50);
        QVERIFY(progressCalls > 0);
        double moved = 0;
        for (size_t i = 0; i < plain.evaluation.clips.size(); ++i)
            for (size_t g = 0; g < plain.evaluation.clips[i].probabilities.size(); ++g)
                moved =
                    std::max(moved, double(std::abs(plain.evaluation.clips[i].probabilities[g] - r.points[1].evaluation.clips[i].probabilities[g])));
        qInfo("starter on the sample: %.3f plain, %.3f at 10 dB SNR; largest probability change %.3f", r.points[0].accuracy, r.points[1].accuracy,
              moved);
        QVERIFY(moved > 0.01);
        QVERIFY(r.toCsv().startsWith(QStringLiteral("perturbation,strength,unit,accuracy,clips\nnoise,none,dB SNR,")));
    }

    void sweepRefusesStepsOutOfRange() {
        QVERIFY_THROWS_EXCEPTION(Error, perturbationChain(Perturbation::Tempo, 80));
        QVERIFY_THROWS_EXCEPTION(Error, perturbationChain(Perturbation::Pitch, qQNaN()));
        QVERIFY(perturbationChain(Perturbation::Gain, 0).empty());
        QCOMPARE(perturbationChain(Perturbation::Tempo, 6).steps.at(0).min, 1.06);
    }

    void suspectsAreRankedOutOfFold() {
        SuspectOptions options;
        options.cacheDir = m_cache.filePath(QStringLiteral("suspects"));
        options.threads = 2;
        const SuspectReport r = findSuspectLabels(m_sample, options);
        QCOMPARE(int(r.clips.size()), 50);
        QCOMPARE(r.folds, 5);
        for (size_t i = 1; i < r.clips.size(); ++i) QVERIFY(r.clips[i - 1].givenProbability <= r.clips[i].givenProbability);
        for (const SuspectClip &c : r.clips) {
            QVERIFY(c.givenProbability >= 0 && c.givenProbability <= c.likeliestProbability + 1e-6);
            QVERIFY(c.id.startsWith(c.genre + QLatin1Char('/')));
        }
        for (int i = 0; i < 5; ++i)
            qInfo("suspect %d: %s filed %s p=%.3f, likeliest %s p=%.3f", i + 1, qPrintable(r.clips[size_t(i)].id),
                  qPrintable(r.clips[size_t(i)].genre), r.clips[size_t(i)].givenProbability, qPrintable(r.clips[size_t(i)].likeliest),
                  r.clips[size_t(i)].likeliestProbability);
        qInfo("out-of-fold accuracy %.3f", r.outOfFoldAccuracy);
        QVERIFY(r.outOfFoldAccuracy > 0.7); // musicnn embeddings separate the sample well (the starter's own figure)
        // The least likely clip is one the models do not give its genre.
        QVERIFY(r.clips.front().likeliest != r.clips.front().genre);
    }

    // A full GTZAN (10 genres of 100 clips; here generated, 1 s each) trains on the fault-filtered
    // split when no split is asked for, says so, and its test accuracy names that split.
    void aFullGtzanDefaultsToTheFaultFilteredSplit() {
        testsupport::GeneratedGtzan g;
        g.dir = m_cache.filePath(QStringLiteral("full"));
        g.clipsPerGenre = 100;
        g.seconds = 1.0;
        const QString root = testsupport::writeGeneratedGtzan(g);
        QProcess p;
        p.start(testsupport::cliPath(),
                {QStringLiteral("train"), QStringLiteral("--data"), root, QStringLiteral("--genres"), QStringLiteral("all"),
                 QStringLiteral("--model"), QStringLiteral("baseline1d"), QStringLiteral("--segment"), QStringLiteral("0"),
                 QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--seeds"), QStringLiteral("1"), QStringLiteral("--threads"),
                 QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--out"), m_cache.filePath(QStringLiteral("full.gtzm"))});
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("full GTZAN: training on the fault-filtered split")), qPrintable(err));
        const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY2(j.value(QStringLiteral("split")).toString().startsWith(QStringLiteral("fault-filtered")),
                 qPrintable(j.value(QStringLiteral("split")).toString()));
        QCOMPARE(j.value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("clips")).toArray().size(), 290); // test_filtered.txt
    }

    void cliTwinsWriteTheirJson() {
        QProcess p;
        p.start(testsupport::cliPath(), {QStringLiteral("sweep"), m_starter, QStringLiteral("--data"), m_sample, QStringLiteral("--perturb"),
                                         QStringLiteral("gain"), QStringLiteral("--steps"), QStringLiteral("0"), QStringLiteral("--json"),
                                         QStringLiteral("--cache"), m_cache.filePath(QStringLiteral("features"))});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject sweep = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray points = sweep.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].toObject().value(QStringLiteral("accuracy")).toDouble(),
                 points[1].toObject().value(QStringLiteral("accuracy")).toDouble());
        p.start(testsupport::cliPath(), {QStringLiteral("sweep"), m_starter, QStringLiteral("--data"), m_sample, QStringLiteral("--perturb"),
                                         QStringLiteral("tempo"), QStringLiteral("--steps"), QStringLiteral("4,x")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not a number"));
        p.start(testsupport::cliPath(),
                {QStringLiteral("leakage"), QStringLiteral("--data"), m_sample, QStringLiteral("--model"), QStringLiteral("embed_mlp")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("spectrogram"));
    }
};

QTEST_GUILESS_MAIN(HonestEvaluation)
#include "test_honest_evaluation.moc"
