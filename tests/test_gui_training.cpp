// The training dashboard end to end (offscreen): a short run started from the panel on a
// generated data set, points arriving on the curves, cancel, a run to the end, the history row,
// and a click on every confusion-matrix cell listing exactly the clips of that cell.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "app/gui/AppSettings.h"
#include "app/gui/ConfusionInspector.h"
#include "app/gui/FolderEvaluationDialog.h"
#include "app/gui/RunHistoryPanel.h"
#include "app/gui/TrainingDashboard.h"
#include "app/gui/TrainingSetupPanel.h"
#include "tasks/TaskRunner.h"
#include "widgets/ConfusionMatrixView.h"
#include "widgets/TrainingCurves.h"
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::widgets;
using namespace gtzan::gui;

using gtzan::TrainingRecipe;

class TestGuiTraining : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_data;

    TrainingRecipe shortRecipe(int epochs) const {
        TrainingRecipe r = TrainingSetupPanel::defaultRecipe();
        r.dataFolder = m_data;
        r.genreSet = QStringLiteral("all");
        r.splitKind = TrainingRecipe::SplitKind::LastPerGenre;
        r.testPerGenre = 2;
        r.validationPerGenre = 1;
        r.model.name = QStringLiteral("cnn1d");
        r.options.epochs = epochs;
        r.options.seeds = 1;
        r.options.batchSize = 16;
        r.options.learningRate = 1e-3;
        r.cacheDir = m_tmp.filePath(QStringLiteral("cache"));
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        // As the window does at start, before any job: LibTorch's threads from Preferences, 2 as
        // the CLI's --threads 2 below (the same seed and thread count give the same model).
        gtzan::gui::AppSettings::setComputeThreads(2);
        QCOMPARE(gtzan::gui::AppSettings::applyComputeThreads(), 2);
        testsupport::GeneratedGtzan spec;
        spec.dir = m_tmp.filePath(QStringLiteral("data"));
        spec.clipsPerGenre = 5;
        spec.seconds = 8.0;
        m_data = testsupport::writeGeneratedGtzan(spec);
        QVERIFY(!m_data.isEmpty());
    }

    void runCancelRunAgainAndInspect() {
        TrainingDashboard d;
        d.setModelsDir(m_tmp.filePath(QStringLiteral("models")));
        d.loadHistory(m_tmp.filePath(QStringLiteral("history.json")));
        d.resize(1400, 900);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.history()->table()->rowCount(), 0);
        QSignalSpy finished(&d, &TrainingDashboard::runFinished);

        // 1. A long run from the panel: points arrive on the curves, then cancel.
        d.setup()->setRecipe(shortRecipe(400));
        QTest::mouseClick(d.startButton(), Qt::LeftButton);
        QVERIFY(d.isRunning());
        QVERIFY(!d.startButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(d.curves()->epochPointCount() >= 2, 60000);
        const int batches = d.curves()->batchPointCount();
        QVERIFY(batches >= 2);
        QVERIFY(d.curves()->validationPointCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(d.curves()->batchPointCount() > batches, 30000); // still arriving
        QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(d.state(), TrainingDashboard::State::Idle);
        QVERIFY2(d.statusText().contains(QStringLiteral("Cancelled")), qPrintable(d.statusText()));
        QVERIFY(d.startButton()->isEnabled());
        QCOMPARE(d.history()->table()->rowCount(), 0); // a cancelled run is not kept
        qInfo("max GUI-thread stall during the cancelled run: %.1f ms", d.maxStallMs());

        // 2. A short run to the end: curves complete, history row, model file, evaluation.
        d.setup()->setRecipe(shortRecipe(3));
        QTest::mouseClick(d.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(!finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        qInfo("max GUI-thread stall during the finished run: %.1f ms", d.maxStallMs());
        QCOMPARE(d.curves()->epochPointCount(), 3);
        QCOMPARE(d.curves()->validationPointCount(), 3);
        QCOMPARE(d.history()->table()->rowCount(), 1);
        const gtzan::RunRecord &record = d.history()->history().records().front();
        QVERIFY(QFile::exists(record.modelPath));
        QVERIFY(record.modelPath.startsWith(m_tmp.filePath(QStringLiteral("models"))));
        QVERIFY(record.hasEvaluation);
        QCOMPARE(int(record.evaluation.clips.size()), 20); // 2 test clips x 10 genres
        QCOMPARE(record.test.mean, record.evaluation.accuracy);
        QCOMPARE(record.recipe.options.epochs, 3);
        QCOMPARE(int(record.history.size()), 1);
        QCOMPARE(int(record.history.front().size()), 3);
        const QString testCell = d.history()->table()->item(0, 8)->text();
        QCOMPARE(testCell, QString::number(100 * record.test.mean, 'f', 1));

        // 3. Every cell of the confusion matrix, clicked: exactly the clips of that cell.
        QCOMPARE(d.currentView(), static_cast<QWidget *>(d.confusion()));
        ConfusionInspector *ci = d.confusion();
        ci->setAutoPlay(false);
        ConfusionMatrixView *m = ci->matrixView();
        QTRY_VERIFY(m->isVisible() && m->width() > 100);
        const gtzan::Evaluation &e = ci->evaluation();
        QCOMPARE(e.genres.size(), 10);
        int listed = 0;
        for (int t = 0; t < e.genres.size(); ++t)
            for (int p = 0; p < e.genres.size(); ++p) {
                const QRect cell = m->cellRect(t, p);
                QVERIFY(!cell.isEmpty());
                QTest::mouseClick(m, Qt::LeftButton, {}, cell.center());
                QStringList expected;
                for (const gtzan::ClipVerdict &v : e.clips)
                    if (v.trueLabel == t && v.predicted == p) expected << v.id;
                QCOMPARE(ci->listedClipIds(), expected);
                QCOMPARE(int(expected.size()), e.confusion[size_t(t)][size_t(p)]);
                listed += int(expected.size());
                // The tooltip names the cell.
                QVERIFY(m->toolTipFor(t, p).contains(e.genres[t]));
            }
        QCOMPARE(listed, 20);
        m->setShowPercent(true);
        QVERIFY(m->cellText(0, 0).endsWith(QLatin1Char('%')) || m->cellText(0, 0) == QStringLiteral("-"));
        QVERIFY(m->toCsv().startsWith(QStringLiteral("true\\predicted,blues,")));
        QVERIFY(m->savePng(m_tmp.filePath(QStringLiteral("confusion.png"))));
        QVERIFY(QImage(m_tmp.filePath(QStringLiteral("confusion.png"))).width() > 100);

        // 4. Reopen and compare from the history.
        d.curves()->clear();
        d.reopenRun(record.id);
        QCOMPARE(d.curves()->epochPointCount(), 3);
        d.compareRuns({record.id, record.id});
        QCOMPARE(d.curves()->graphCount(), 8); // 2 runs x (train, validation) x (loss, accuracy)
    }

    // The embedding choice is offered for embed_mlp / fusion only and lands in the recipe (the same
    // recipe `gtzan-cli train --embedding` builds); set back from a recipe, the panel shows it.
    void embeddingChoiceReachesTheRecipe() {
        TrainingSetupPanel panel;
        auto *model = panel.findChild<QComboBox *>(QStringLiteral("trainModel"));
        auto *embedding = panel.findChild<QComboBox *>(QStringLiteral("trainEmbedding"));
        QVERIFY(model && embedding);
        model->setCurrentIndex(model->findData(QStringLiteral("cnn1d")));
        QVERIFY(!embedding->isEnabled());
        embedding->setCurrentIndex(embedding->findData(QStringLiteral("msd")));
        QCOMPARE(panel.recipe().embedding, QStringLiteral("none")); // cnn1d takes no embedding
        model->setCurrentIndex(model->findData(QStringLiteral("embed_mlp")));
        QVERIFY(embedding->isEnabled());
        const TrainingRecipe r = panel.recipe();
        QCOMPARE(r.embedding, QStringLiteral("msd"));
        TrainingRecipe mtt = r;
        mtt.embedding = QStringLiteral("mtt");
        panel.setRecipe(mtt);
        QCOMPARE(embedding->currentData().toString(), QStringLiteral("mtt"));
        QCOMPARE(panel.recipe().embedding, QStringLiteral("mtt"));
    }

    void evaluateOnFolderShowsWhatTheEngineComputes() {
        // The History's "Evaluate on folder..." runs evaluateModelFileOnFolder (gtzan-cli eval's
        // path) off the GUI thread: the small starter on the real sample gives the same figures.
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString model = m_tmp.filePath(QStringLiteral("small-starter.gtzm"));
        QVERIFY(QFile::copy(QStringLiteral(":/models/starter-cnn1d.gtzm"), model));
        RunHistoryPanel panel;
        FolderEvaluationDialog *dialog = panel.evaluateOnFolder(model, sample);
        QSignalSpy finished(dialog, &FolderEvaluationDialog::evaluationFinished);
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!dialog->isRunning());
        const gtzan::FolderEvaluation expected = gtzan::evaluateModelFileOnFolder(model, sample);
        QCOMPARE(dialog->result()->clips, 50);
        QCOMPARE(dialog->result()->evaluation.accuracy, expected.evaluation.accuracy);
        QCOMPARE(dialog->result()->evaluation.confusion, expected.evaluation.confusion);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("Clip accuracy %1%").arg(expected.evaluation.accuracy * 100.0, 0, 'f', 1)),
                 qPrintable(dialog->summaryText()));
        QVERIFY(dialog->matrix()->isVisibleTo(dialog));
        // Cancel at once: no result, said plainly, and the window stays usable.
        FolderEvaluationDialog *cancelled = panel.evaluateOnFolder(model, sample);
        QSignalSpy over(cancelled, &FolderEvaluationDialog::evaluationFinished);
        gtzan::TaskRunner::instance().cancelAll(cancelled);
        QVERIFY(over.wait(60000));
        QCOMPARE(over.first().first().toBool(), false);
        QVERIFY(!cancelled->result());
        QVERIFY2(cancelled->summaryText().contains(QLatin1String("cancelled")), qPrintable(cancelled->summaryText()));
        // A folder with no clips of the model's genres: the reason, not a crash.
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("empty-folder"))));
        FolderEvaluationDialog *empty = panel.evaluateOnFolder(model, m_tmp.filePath(QStringLiteral("empty-folder")));
        QSignalSpy failed(empty, &FolderEvaluationDialog::evaluationFinished);
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().toBool(), false);
        QVERIFY2(empty->summaryText().contains(QLatin1String("failed")), qPrintable(empty->summaryText()));
    }

    // Issue #28: one orchestrator. The recipe saved by the Train tab, trained in the window and by
    // `gtzan-cli train --recipe`, gives the same model file byte for byte (reproducible), and that
    // model, trained on the real sample, calls a made-up sound unsure.
    void theWindowAndTheCliTrainTheSameModel() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        qputenv("GTZAN_MUSICNN_DIR", QFile::encodeName(testsupport::requireShared(QStringLiteral("models/musicnn"))));
        TrainingDashboard d;
        d.setModelsDir(m_tmp.filePath(QStringLiteral("models-same")));
        d.loadHistory(m_tmp.filePath(QStringLiteral("history-same.json")));
        d.resize(1400, 900);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        TrainingRecipe r = shortRecipe(3);
        r.dataFolder = sample;
        r.testPerGenre = 1;
        r.reproducible = true;
        r.threads = 2;
        d.setup()->setRecipe(r);
        const QString recipeFile = m_tmp.filePath(QStringLiteral("same.json"));
        QString error;
        QVERIFY2(d.setup()->saveRecipe(recipeFile, &error), qPrintable(error));
        QVERIFY(d.setup()->openRecipe(recipeFile, &error));
        QCOMPARE(d.setup()->recipe().toJson(), r.toJson());
        QSignalSpy finished(&d, &TrainingDashboard::runFinished);
        QTest::mouseClick(d.startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QVERIFY2(!finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY2(d.statusText().contains(QStringLiteral("Calibrated on 10 validation clips")), qPrintable(d.statusText()));
        const QString windowModel = d.history()->history().records().front().modelPath;

        const QString cliModel = m_tmp.filePath(QStringLiteral("cli.gtzm"));
        QProcess cli;
        cli.start(testsupport::cliPath(), {QStringLiteral("train"), QStringLiteral("--recipe"), recipeFile, QStringLiteral("--out"), cliModel});
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QFile a(windowModel), b(cliModel);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray windowBytes = a.readAll(), cliBytes = b.readAll();
        QVERIFY(windowBytes.size() > 100000);
        QVERIFY2(windowBytes == cliBytes, "the window and the CLI trained different files from one recipe");

        const QString noise = m_tmp.filePath(QStringLiteral("noise.wav"));
        QProcess sox;
        sox.start(QStringLiteral("sox"),
                  {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("22050"), QStringLiteral("-c"), QStringLiteral("1"), noise,
                   QStringLiteral("synth"), QStringLiteral("10"), QStringLiteral("whitenoise"), QStringLiteral("vol"), QStringLiteral("0.5")});
        QVERIFY(sox.waitForFinished(60000) && sox.exitCode() == 0);
        QProcess predict;
        predict.start(testsupport::cliPath(), {QStringLiteral("predict"), windowModel, noise, QStringLiteral("--json")});
        QVERIFY(predict.waitForFinished(120000));
        const QByteArray answer = predict.readAllStandardOutput();
        QVERIFY2(answer.contains("\"unsure\":true") && answer.contains("far-from-training"), answer.constData());
    }

    void historyPersistsDeletesAndUndoes() {
        const QString path = m_tmp.filePath(QStringLiteral("history.json")); // written by the run above
        RunHistoryPanel panel;
        panel.load(path);
        QVERIFY(panel.loadError().isEmpty());
        QCOMPARE(panel.table()->rowCount(), 1);
        const QString id = panel.history().records().front().id;
        QVERIFY(panel.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
        panel.selectIds({id});
        panel.deleteSelected();
        QCOMPARE(panel.table()->rowCount(), 0);
        {
            RunHistoryPanel again;
            again.load(path);
            QCOMPARE(again.table()->rowCount(), 0);
        }
        panel.undoDelete();
        QCOMPARE(panel.table()->rowCount(), 1);
        RunHistoryPanel again;
        again.load(path);
        QCOMPARE(again.table()->rowCount(), 1);
        QCOMPARE(again.history().records().front().id, id);
    }

    void damagedHistoryIsNeverOverwritten() {
        const QString path = m_tmp.filePath(QStringLiteral("damaged.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk("{\"runs\": [ {\"id\": \"x\", ");
        f.write(junk);
        f.close();
        RunHistoryPanel panel;
        panel.load(path);
        QVERIFY(panel.loadError().contains(path));
        QVERIFY(panel.loadError().contains(QStringLiteral("damaged")));
        gtzan::RunRecord r;
        r.id = QStringLiteral("new");
        // The damaged file is kept aside byte for byte (never overwritten); a new history begins.
        QVERIFY(panel.loadError().contains(QStringLiteral(".damaged-")));
        const QStringList aside = QDir(m_tmp.path()).entryList({QStringLiteral("damaged.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        panel.addRun(r);
        QCOMPARE(panel.table()->rowCount(), 1);
        QFile kept(m_tmp.filePath(aside.front()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
        gtzan::RunHistory saved(path);
        saved.load();
        QCOMPARE(int(saved.records().size()), 1);
    }
};

QTEST_MAIN(TestGuiTraining)
#include "test_gui_training.moc"
