// The Predict tab driven as a person would: real drag-and-drop events on the main window with
// audio files made here from real GTZAN clips in several formats (WAV, FLAC at 44.1 kHz, Ogg
// Vorbis, MP3) plus a text file named .mp3 and a truncated WAV; the list, the per-file results,
// the error entries, the chart and timeline, the CSV, the model choice (starter from the resource,
// a damaged file that keeps the previous model, the remembered choice) and the promise that the
// panel's numbers are exactly `gtzan-cli predict --json`'s for the same file and model.
#include "GeneratedGtzan.h"
#include "TestSupport.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/RunHistoryPanel.h"
#include "app/gui/TrainingDashboard.h"
#include "app/gui/TrainingSetupPanel.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "tensor/TorchRuntime.h"
#include "widgets/ClipInspector.h"
#include "widgets/GenreProbabilityChart.h"
#include "widgets/SegmentTimeline.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <numeric>

using namespace gtzan::widgets;
using namespace gtzan::gui;

class GuiPrediction : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_good, m_bad; // files made in initTestCase
    QString m_starterCopy;     // the starter model as a file, for the CLI

    QString made(const QString &name) const { return m_dir.filePath(name); }

    static void drop(QWidget *target, const QStringList &paths) {
        QList<QUrl> urls;
        for (const QString &p : paths) urls << QUrl::fromLocalFile(p);
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }
    static bool allDone(PredictionPanel *p) {
        return QTest::qWaitFor(
            [p] {
                if (p->isBusy()) return false;
                for (int r = 0; r < p->rowCount(); ++r)
                    if (!p->done(r)) return false;
                return true;
            },
            60000);
    }
    // Loading a model is a task: until it has answered (loaded and warmed up, or failed).
    static bool settled(PredictionPanel *p) {
        return QTest::qWaitFor([p] { return !p->isLoadingModel(); }, 60000);
    }
    static bool loadModel(PredictionPanel *p, const QString &path) {
        QSignalSpy changed(p, &PredictionPanel::modelChanged);
        p->setModelPath(path);
        return QTest::qWaitFor([&] { return changed.count() == 1; }, 60000) && settled(p);
    }
    // What the list's table shows in a cell.
    static QString cell(PredictionPanel *p, int row, int column, int role = Qt::DisplayRole) {
        return p->table()->model()->index(row, column).data(role).toString();
    }
    static int rowOf(PredictionPanel *p, const QString &file) {
        for (int r = 0; r < p->rowCount(); ++r)
            if (p->entry(r).file == file) return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        QSettings().remove(QStringLiteral("prediction/model"));
        gtzan::configureTorchThreads(2); // as the CLI below (--threads 2)
        QVERIFY(m_dir.isValid());
        const QString genres = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        const QString jazz = genres + QStringLiteral("/jazz/jazz.00001.wav");
        // Real clips in the formats a person has: the WAV as it is, the others written by the engine.
        QVERIFY(QFile::copy(jazz, made(QStringLiteral("jazz.00001.wav"))));
        gtzan::writeAudio(made(QStringLiteral("classical-44k.flac")),
                          gtzan::decodeAudio(genres + QStringLiteral("/classical/classical.00002.wav"), 44100));
        gtzan::writeAudio(made(QStringLiteral("rock.ogg")), gtzan::decodeAudio(genres + QStringLiteral("/rock/rock.00000.wav"), 22050));
        gtzan::writeAudio(made(QStringLiteral("metal.mp3")), gtzan::decodeAudio(genres + QStringLiteral("/metal/metal.00003.wav"), 22050));
        gtzan::Audio tone;
        tone.sampleRate = 16000;
        tone.samples = testsupport::sine(440.0, 12.0, 16000); // 12 s: three segments, not a whole clip
        gtzan::writeAudio(made(QStringLiteral("tone.wav")), tone);
        m_good = QStringList{made(QStringLiteral("jazz.00001.wav")), made(QStringLiteral("classical-44k.flac")), made(QStringLiteral("rock.ogg")),
                             made(QStringLiteral("metal.mp3")), made(QStringLiteral("tone.wav"))};
        // A text file named .mp3 and a WAV cut to 40 % of its bytes (its header promises more).
        QFile text(made(QStringLiteral("notes.mp3")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("These are my shopping notes, not music.\n").repeated(50));
        text.close();
        QFile in(jazz);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile cut(made(QStringLiteral("truncated.wav")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() * 2 / 5));
        cut.close();
        m_bad = QStringList{made(QStringLiteral("notes.mp3")), made(QStringLiteral("truncated.wav"))};
        m_starterCopy = made(QStringLiteral("starter-copy.gtzm"));
        QVERIFY(QFile::copy(PredictionPanel::kStarterModel, m_starterCopy));
    }

    void starterModelLoadsFromTheResourceAndSaysWhatItIs() {
        PredictionPanel panel;
        QVERIFY(settled(&panel));
        QVERIFY(panel.modelPath().isEmpty()); // the starter
        const gtzan::ModelSummary &s = panel.modelSummary();
        QCOMPARE(s.genres.size(), 10);
        // The musicnn starter: every sample clip trains it, so its accuracy is cross-validated.
        QCOMPARE(s.network, QStringLiteral("embed_mlp"));
        QCOMPARE(s.trainClips, 50);
        QCOMPARE(s.testClips, 0);
        QCOMPARE(s.crossValidationFolds, 5);
        QVERIFY(s.crossValidationAccuracy >= 0.7 && s.crossValidationAccuracy <= 1);
        QVERIFY(s.calibrated);
        QVERIFY(s.hasMusicnnWeights);
        QVERIFY(s.preset == QLatin1String("gct634"));
        const QString info = panel.modelInfoText();
        QVERIFY2(info.contains(QLatin1String("Trained on 50 clips")) && info.contains(QLatin1String("5-fold cross-validated clip accuracy")),
                 qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("ISC")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("very few clips")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("train-starter.sh")), qPrintable(info)); // provenance
    }

    void droppedFilesArePredictedAndBadOnesListedWithTheReason() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PredictionPanel *panel = w.predictionPanel();
        QVERIFY(w.tabs()->currentWidget() != panel); // dropped on the Explore tab
        QSignalSpy predicted(panel, &PredictionPanel::filePredicted);
        drop(&w, m_good + m_bad);
        QCOMPARE(w.tabs()->currentWidget(), panel); // audio files go to the Predict tab
        QVERIFY(allDone(panel));
        QCOMPARE(panel->rowCount(), m_good.size() + m_bad.size());
        QCOMPARE(predicted.count(), panel->rowCount());
        const QStringList genres = panel->modelSummary().genres;
        for (const QString &f : m_good) {
            const int r = rowOf(panel, f);
            QVERIFY2(r >= 0, qPrintable(f));
            const gtzan::PredictionEntry &e = panel->entry(r);
            QVERIFY2(e.ok, qPrintable(e.error));
            QVERIFY(genres.contains(e.prediction.genreName));
            QCOMPARE(int(e.prediction.probabilities.size()), genres.size());
            const double sum = std::accumulate(e.prediction.probabilities.begin(), e.prediction.probabilities.end(), 0.0);
            QVERIFY2(std::abs(sum - 1.0) < 1e-4, qPrintable(QString::number(sum)));
            QVERIFY(!e.prediction.segments.empty());
            // A confident answer shows its genre; one the model doubts says so instead.
            QCOMPARE(cell(panel, r, 1), e.prediction.trust.unsure ? QStringLiteral("unsure") : e.prediction.genreName);
            QVERIFY(panel->dropToResultMs(r) > 0);
            // Reported, not asserted (speed is the benchmark's job): files are predicted one after the other.
            qInfo("drop to probabilities: %s %.0f ms (decode %.0f, features %.0f, network %.0f)", qPrintable(QFileInfo(f).fileName()),
                  panel->dropToResultMs(r), e.timing.decodeMs, e.timing.featuresMs, e.timing.networkMs);
        }
        // The musicnn starter judges each 3 s patch: a 12 s tone has four; and a pure tone is no genre.
        const gtzan::FilePrediction &tone = panel->entry(rowOf(panel, made(QStringLiteral("tone.wav")))).prediction;
        QCOMPARE(int(tone.segments.size()), 4);
        QVERIFY(tone.trust.unsure);
        QCOMPARE(cell(panel, rowOf(panel, made(QStringLiteral("tone.wav"))), 1), QStringLiteral("unsure"));
        QVERIFY(std::abs(panel->entry(rowOf(panel, made(QStringLiteral("classical-44k.flac")))).prediction.seconds - 30.0) < 0.5);
        const gtzan::PredictionEntry &text = panel->entry(rowOf(panel, made(QStringLiteral("notes.mp3"))));
        QVERIFY(!text.ok);
        QVERIFY2(text.error.contains(QLatin1String("notes.mp3")) && text.error.contains(QLatin1String("not an audio file")), qPrintable(text.error));
        const gtzan::PredictionEntry &cut = panel->entry(rowOf(panel, made(QStringLiteral("truncated.wav"))));
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.contains(QLatin1String("truncated")), qPrintable(cut.error));
        QVERIFY(cell(panel, rowOf(panel, made(QStringLiteral("truncated.wav"))), 4).contains(QLatin1String("truncated")));
        QCOMPARE(cell(panel, rowOf(panel, made(QStringLiteral("truncated.wav"))), 4, Qt::ToolTipRole), cut.error);

        // The selected file: bar chart, timeline and inspector show it.
        const int jazz = rowOf(panel, made(QStringLiteral("jazz.00001.wav")));
        panel->selectRow(jazz);
        QVERIFY(panel->chart()->probabilities() == panel->entry(jazz).prediction.probabilities);
        QCOMPARE(panel->timeline()->segmentCount(), int(panel->entry(jazz).prediction.segments.size()));
        QVERIFY(panel->timeline()->toolTipFor(0).contains(panel->modelSummary().genres.value(panel->entry(jazz).prediction.segments[0].genre)));
        QTRY_COMPARE_WITH_TIMEOUT(panel->inspector()->currentPath(), made(QStringLiteral("jazz.00001.wav")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->inspector()->originalAudio() != nullptr, 20000); // playable, spectrogram drawn
        // A failed file: its reason, no chart.
        panel->selectRow(rowOf(panel, made(QStringLiteral("notes.mp3"))));
        QVERIFY(panel->chart()->probabilities().empty());

        // The CSV: a row per file, the errors included.
        const QString csv = made(QStringLiteral("predictions.csv"));
        QSignalSpy exported(panel, &PredictionPanel::exported);
        panel->exportCsv(csv);
        QCOMPARE(exported.count(), 1);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + panel->rowCount());
        QVERIFY(lines.first().startsWith(QLatin1String("file,genre,confidence,seconds,p_")));
        QVERIFY(lines.filter(QStringLiteral("truncated.wav")).first().contains(QLatin1String("truncated")));

        // The same files, the same model: gtzan-cli predict --json gives exactly the panel's numbers.
        QProcess cli;
        cli.start(testsupport::cliPath(), QStringList{QStringLiteral("predict"), m_starterCopy} + m_good +
                                              QStringList{QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray results = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(results.size(), m_good.size());
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const gtzan::FilePrediction &p = panel->entry(rowOf(panel, o.value(QStringLiteral("file")).toString())).prediction;
            QCOMPARE(o.value(QStringLiteral("genre")).toString(), p.genreName);
            const QJsonArray probs = o.value(QStringLiteral("probabilities")).toArray();
            QCOMPARE(probs.size(), int(p.probabilities.size()));
            for (int k = 0; k < probs.size(); ++k) QCOMPARE(float(probs[k].toDouble()), p.probabilities[size_t(k)]); // exact
            const QJsonArray segs = o.value(QStringLiteral("segments")).toArray();
            QCOMPARE(segs.size(), int(p.segments.size()));
            for (int s = 0; s < segs.size(); ++s) {
                const QJsonArray sp = segs[s].toObject().value(QStringLiteral("probabilities")).toArray();
                for (int k = 0; k < sp.size(); ++k) QCOMPARE(float(sp[k].toDouble()), p.segments[size_t(s)].probabilities[size_t(k)]);
            }
        }
    }

    void aLongFileShowsAFirstAnswerFromExcerptsThenRefinesIt() {
        // Six real clips back to back (3 minutes): the first answer comes from 8 excerpts spread
        // over the file, before any of it is streamed; later ones say how much is done.
        const QString genres = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        QTemporaryDir own; // not in m_dir, whose files folderDropRule counts
        QVERIFY(own.isValid());
        const QString longFile = own.filePath(QStringLiteral("three-minutes.flac"));
        gtzan::Audio all;
        all.sampleRate = 22050;
        for (const char *clip :
             {"blues/blues.00000", "jazz/jazz.00001", "rock/rock.00000", "metal/metal.00003", "pop/pop.00001", "disco/disco.00002"}) {
            const gtzan::Audio a = gtzan::decodeAudio(genres + QLatin1Char('/') + QLatin1String(clip) + QStringLiteral(".wav"), 22050);
            all.samples.insert(all.samples.end(), a.samples.begin(), a.samples.end());
        }
        gtzan::writeAudio(longFile, all);
        PredictionPanel panel;
        QStringList tips, titles;
        connect(&panel, &PredictionPanel::partialAnswerShown, &panel, [&](int row) {
            tips << cell(&panel, row, 1, Qt::ToolTipRole);
            titles << panel.detailText();
        });
        panel.addPaths({longFile});
        QVERIFY(allDone(&panel));
        QVERIFY2(tips.size() >= 3, qPrintable(tips.join(QLatin1Char('|'))));
        QCOMPARE(tips.front(), QStringLiteral("A first answer from 8 excerpts spread over the file; refining."));
        QVERIFY2(titles.front().contains(QLatin1String("a first answer from 8 excerpts spread over the file; refining")), qPrintable(titles.front()));
        QVERIFY2(tips.at(1).startsWith(QLatin1String("An answer from 17% of the file and 7 excerpts of the rest")), qPrintable(tips.at(1)));
        QVERIFY2(tips.back().startsWith(QLatin1String("An answer from")) || tips.back().startsWith(QLatin1String("A first answer from")),
                 qPrintable(tips.back()));
        QVERIFY(panel.entry(0).ok);
        QVERIFY(!panel.entry(0).prediction.partial);
        QCOMPARE(cell(&panel, 0, 1, Qt::ToolTipRole).contains(QLatin1String("refining")), false);
    }

    void folderDropRule() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PredictionPanel *panel = w.predictionPanel();
        // On the Predict tab a folder is predicted, file by file (its audio files, recursively).
        w.tabs()->setCurrentWidget(panel);
        drop(&w, {m_dir.path()});
        QVERIFY(allDone(panel));
        QCOMPARE(panel->rowCount(), m_good.size() + m_bad.size()); // the .csv and .gtzm are not audio
        // Elsewhere a folder opens as a data set and nothing new is predicted.
        w.tabs()->setCurrentIndex(0);
        drop(&w, {m_dir.path()});
        QCOMPARE(w.tabs()->currentIndex(), 0);
        QCOMPARE(panel->rowCount(), m_good.size() + m_bad.size());
    }

    void damagedModelKeepsThePreviousOneAndTheChoiceIsRemembered() {
        PredictionPanel panel;
        panel.addPaths({m_good.first()});
        QVERIFY(allDone(&panel));
        qInfo("one 30 s WAV alone, add to probabilities: %.0f ms", panel.dropToResultMs(0));
        const std::vector<float> before = panel.entry(0).prediction.probabilities;
        QByteArray bytes;
        {
            QFile f(m_starterCopy);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = f.readAll();
        }
        const QString damaged = made(QStringLiteral("damaged.gtzm"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x55);
        out.write(bytes);
        out.close();
        QSignalSpy failed(&panel, &PredictionPanel::modelFailed);
        panel.setModelPath(damaged);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(settled(&panel));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("damaged.gtzm")) && message.contains(QLatin1String("damaged")), qPrintable(message));
        QVERIFY(panel.modelPath().isEmpty()); // still the starter
        QVERIFY(panel.entry(0).prediction.probabilities == before);

        // A model file chosen by the person: used, the list predicted again, remembered.
        QVERIFY(loadModel(&panel, m_starterCopy));
        QVERIFY(allDone(&panel));
        QVERIFY(panel.entry(0).prediction.probabilities == before); // the same model, as a file
        PredictionPanel again;
        QVERIFY(settled(&again));
        QCOMPARE(again.modelPath(), m_starterCopy);
        QVERIFY(loadModel(&again, QString()));
    }

    void useInPredictTakesATrainedModelToThePredictTab() {
        // A short cnn1d run in the Train tab of the real window, then "Use in Predict" on it and
        // on its History row: the Predict tab switches to that model and predicts its list again.
        testsupport::GeneratedGtzan spec;
        spec.dir = made(QStringLiteral("generated"));
        spec.clipsPerGenre = 4;
        spec.seconds = 8.0;
        const QString data = testsupport::writeGeneratedGtzan(spec);
        QVERIFY(!data.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PredictionPanel *panel = w.predictionPanel();
        QVERIFY(loadModel(panel, QString()));
        panel->clearList();
        QCOMPARE(panel->progressText(), QStringLiteral("No files yet")); // not "0 / 1 files"
        panel->addPaths({made(QStringLiteral("jazz.00001.wav"))});
        QVERIFY(allDone(panel));
        QCOMPARE(panel->modelSummary().network, QStringLiteral("embed_mlp"));

        TrainingDashboard *d = w.training();
        d->setModelsDir(made(QStringLiteral("models")));
        d->loadHistory(made(QStringLiteral("history.json")));
        QVERIFY(!d->useInPredictButton()->isEnabled()); // nothing trained yet
        gtzan::TrainingRecipe r = TrainingSetupPanel::defaultRecipe();
        r.dataFolder = data;
        r.genreSet = QStringLiteral("all");
        r.splitKind = gtzan::TrainingRecipe::SplitKind::LastPerGenre;
        r.testPerGenre = 1;
        r.model.name = QStringLiteral("cnn1d");
        r.options.epochs = 2;
        r.options.seeds = 1;
        d->setup()->setRecipe(r);
        QSignalSpy finished(d, &TrainingDashboard::runFinished);
        QTest::mouseClick(d->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(!finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QString trained = d->history()->history().records().back().modelPath;
        QVERIFY(QFile::exists(trained));
        QVERIFY(d->useInPredictButton()->isEnabled());

        w.tabs()->setCurrentWidget(d);
        QTest::mouseClick(d->useInPredictButton(), Qt::LeftButton);
        QCOMPARE(w.tabs()->currentWidget(), panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->modelPath(), trained, 60000); // loaded as a task
        QCOMPARE(panel->modelSummary().network, QStringLiteral("cnn1d"));
        QVERIFY(allDone(panel));
        QCOMPARE(panel->rowCount(), 1);
        QVERIFY(panel->entry(0).ok);
        // The list was predicted again, by the cnn1d: its 4 s segments, not the starter's 3 s musicnn
        // patches (the cnn1d hears musicnn too, for its "unsure" rule and the tags).
        QVERIFY(!panel->entry(0).prediction.segments.empty());
        QVERIFY(panel->entry(0).prediction.segments.front().seconds > 3.5);
        QVERIFY(!panel->entry(0).prediction.tags.empty());

        // The same from the History row, after going back to the starter.
        QVERIFY(loadModel(panel, QString()));
        w.tabs()->setCurrentWidget(d);
        d->history()->selectIds({d->history()->history().records().back().id});
        QVERIFY(d->history()->useInPredictButton()->isEnabled());
        QTest::mouseClick(d->history()->useInPredictButton(), Qt::LeftButton);
        QCOMPARE(w.tabs()->currentWidget(), panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->modelPath(), trained, 60000);
        QVERIFY(loadModel(panel, QString()));
    }

    void aRememberedModelThatNoLongerLoadsFallsBackAndSaysWhy() {
        const QString broken = made(QStringLiteral("was-fine.gtzm"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GTZANMDL this file was cut short");
        f.close();
        QSettings().setValue(QStringLiteral("prediction/model"), broken);
        MainWindow w; // must start, whatever the remembered file holds
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PredictionPanel *panel = w.predictionPanel();
        QVERIFY(settled(panel));               // the remembered model failed, the starter loaded
        QVERIFY(panel->modelPath().isEmpty()); // the starter
        QVERIFY2(panel->startupNote().contains(broken), qPrintable(panel->startupNote()));
        QVERIFY2(panel->modelInfoText().contains(QLatin1String("could not be loaded")), qPrintable(panel->modelInfoText()));
        QSettings().remove(QStringLiteral("prediction/model"));
    }
};

QTEST_MAIN(GuiPrediction)
#include "test_gui_prediction.moc"
