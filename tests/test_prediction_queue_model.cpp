// The Predict tab's queue as a table model (app/gui/PredictionQueueModel): each file's state from
// waiting through a long file's partial answer to done or failed, what every cell shows and says
// in its tooltip, the latencies it measures, the signals a view and the window observe, the few
// rows that keep their decoded audio, and the CSV export of the finished rows.
#include "app/gui/PredictionCsvExport.h"
#include "app/gui/PredictionQueueModel.h"
#include "audio/Audio.h"
#include "common/Error.h"
#include <QBrush>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using gtzan::gui::PredictionQueueModel;
using State = PredictionQueueModel::State;

namespace {

const QStringList kGenres{QStringLiteral("blues"), QStringLiteral("jazz"), QStringLiteral("metal")};

gtzan::PredictionEntry answer(const QString &file, int genre, float p, bool unsure = false) {
    gtzan::PredictionEntry e;
    e.file = file;
    e.ok = true;
    e.prediction.file = file;
    e.prediction.genre = genre;
    e.prediction.genreName = kGenres[genre];
    e.prediction.probabilities = {0.1f, 0.1f, 0.1f};
    e.prediction.probabilities[size_t(genre)] = p;
    e.prediction.seconds = 30;
    e.prediction.trust.confidence = p;
    e.prediction.trust.unsure = unsure;
    if (unsure) e.prediction.trust.reason = QStringLiteral("between jazz and blues");
    return e;
}

QString text(const PredictionQueueModel &m, int row, int column, int role = Qt::DisplayRole) { return m.index(row, column).data(role).toString(); }

} // namespace

class TestPredictionQueueModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFileGoesFromWaitingToDone() {
        PredictionQueueModel m;
        QCOMPARE(m.columnCount(), int(PredictionQueueModel::ColumnCount));
        QCOMPARE(m.headerData(PredictionQueueModel::Genre, Qt::Horizontal).toString(), QStringLiteral("Genre"));
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        const QList<int> rows = m.addFiles({QStringLiteral("/music/a.wav"), QStringLiteral("/music/b.wav")});
        QCOMPARE(rows, QList<int>({0, 1}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(text(m, 0, PredictionQueueModel::File), QStringLiteral("a.wav"));
        QCOMPARE(text(m, 0, PredictionQueueModel::File, Qt::ToolTipRole), QStringLiteral("/music/a.wav"));
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre), QStringLiteral("waiting"));
        QCOMPARE(m.row(0).state, State::Waiting);

        m.setRunning({0});
        QCOMPARE(m.row(0).state, State::Running);
        QCOMPARE(m.row(1).state, State::Waiting);
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre), QStringLiteral("waiting"));

        // A long file's first answer: greyed, "refining", its first-answer time taken.
        QThread::msleep(20);
        gtzan::FilePrediction soFar = answer(QStringLiteral("/music/a.wav"), 1, 0.6f).prediction;
        soFar.partial = true;
        soFar.spreadExcerpts = 8;
        changed.clear();
        m.setPartial(0, soFar, 0.0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(m.row(0).state, State::Partial);
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre), QStringLiteral("jazz..."));
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre, Qt::ToolTipRole),
                 QStringLiteral("A first answer from 8 excerpts spread over the file; refining."));
        QVERIFY(m.index(0, PredictionQueueModel::Genre).data(Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(m.row(0).firstAnswerMs >= 15);
        QCOMPARE(m.row(0).latencyMs, -1.0);

        QThread::msleep(20);
        m.setResult(0, answer(QStringLiteral("/music/a.wav"), 1, 0.9f));
        QCOMPARE(m.row(0).state, State::Done);
        QVERIFY(m.row(0).finished());
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre), QStringLiteral("jazz"));
        QCOMPARE(text(m, 0, PredictionQueueModel::Confidence), QStringLiteral("90.0%"));
        QCOMPARE(text(m, 0, PredictionQueueModel::Duration), QStringLiteral("0:30"));
        QVERIFY(!m.index(0, PredictionQueueModel::Genre).data(Qt::ForegroundRole).isValid());
        QVERIFY(m.row(0).latencyMs >= m.row(0).firstAnswerMs + 15); // added -> answer, after the first answer
        QCOMPARE(m.finishedCount(), 1);
    }

    void aGenreColourOnlyForACalibratedModel() {
        PredictionQueueModel m;
        m.addFiles({QStringLiteral("a.wav")});
        m.setResult(0, answer(QStringLiteral("a.wav"), 2, 0.8f));
        QVERIFY(!m.index(0, PredictionQueueModel::Genre).data(Qt::BackgroundRole).isValid());
        QVERIFY(text(m, 0, PredictionQueueModel::Genre, Qt::ToolTipRole).contains(QLatin1String("not calibrated")));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setCalibrated(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m.index(0, PredictionQueueModel::Genre).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre, Qt::ToolTipRole), QStringLiteral("metal"));
    }

    void unsureAndFailedAnswers() {
        PredictionQueueModel m;
        m.addFiles({QStringLiteral("/x/tone.wav"), QStringLiteral("/x/cut.wav")});
        m.setCalibrated(true);
        m.setResult(0, answer(QStringLiteral("/x/tone.wav"), 1, 0.35f, true));
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre), QStringLiteral("unsure"));
        QCOMPARE(text(m, 0, PredictionQueueModel::Genre, Qt::ToolTipRole), QStringLiteral("Unsure: between jazz and blues (most like jazz)"));
        QVERIFY(m.index(0, PredictionQueueModel::Genre).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!m.index(0, PredictionQueueModel::Genre).data(Qt::BackgroundRole).isValid()); // no confident colour
        gtzan::PredictionEntry failed;
        failed.file = QStringLiteral("/x/cut.wav");
        failed.error = QStringLiteral("/x/cut.wav: the file is truncated");
        m.setResult(1, failed);
        QCOMPARE(m.row(1).state, State::Failed);
        QCOMPARE(text(m, 1, PredictionQueueModel::Genre), QStringLiteral("error"));
        QCOMPARE(text(m, 1, PredictionQueueModel::Error), QStringLiteral("the file is truncated")); // the row names the file already
        QCOMPARE(text(m, 1, PredictionQueueModel::Error, Qt::ToolTipRole), failed.error);
        QCOMPARE(text(m, 1, PredictionQueueModel::Confidence), QString());
    }

    void requeueAndClear() {
        PredictionQueueModel m;
        m.addFiles({QStringLiteral("a.wav"), QStringLiteral("b.wav")});
        m.setResult(0, answer(QStringLiteral("a.wav"), 0, 0.7f));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.requeueAll(); // another model
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.row(0).state, State::Waiting);
        QCOMPARE(m.row(0).latencyMs, -1.0);
        QCOMPARE(m.row(0).firstAnswerMs, -1.0);
        QCOMPARE(m.finishedCount(), 0);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 0);
    }

    void onlyTheLastFewRowsKeepTheirAudio() {
        PredictionQueueModel m;
        QStringList files;
        for (int i = 0; i < PredictionQueueModel::kRowsWithAudio + 2; ++i) files << QStringLiteral("f%1.wav").arg(i);
        m.addFiles(files);
        for (int i = 0; i < files.size(); ++i) {
            gtzan::PredictionEntry e = answer(files[i], 0, 0.5f);
            auto audio = std::make_shared<gtzan::Audio>();
            audio->samples.assign(100, 0.f);
            audio->sampleRate = 22050;
            e.prediction.audio = audio;
            m.setResult(i, e);
        }
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(bool(m.row(i).entry.prediction.audio), i >= files.size() - PredictionQueueModel::kRowsWithAudio);
    }

    void theCsvHoldsTheFinishedRows() {
        QTemporaryDir dir;
        PredictionQueueModel m;
        m.addFiles({QStringLiteral("/x/a.wav"), QStringLiteral("/x/b.wav"), QStringLiteral("/x/c.wav")});
        m.setResult(0, answer(QStringLiteral("/x/a.wav"), 1, 0.9f));
        m.setResult(2, answer(QStringLiteral("/x/c.wav"), 2, 0.8f));
        const QString path = dir.filePath(QStringLiteral("p.csv"));
        QCOMPARE(gtzan::gui::exportPredictionCsv(m, kGenres, path), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header and the two finished rows, in list order
        QVERIFY(lines[0].startsWith(QLatin1String("file,genre,confidence,seconds,p_blues,p_jazz,p_metal")));
        QVERIFY2(lines[1].contains(QLatin1String("a.wav")) && lines[1].contains(QLatin1String("jazz")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QLatin1String("c.wav")) && lines[2].contains(QLatin1String("metal")), qPrintable(lines[2]));
        bool threw = false;
        try {
            gtzan::gui::exportPredictionCsv(m, kGenres, dir.filePath(QStringLiteral("no/such/folder/p.csv")));
        } catch (const gtzan::Error &e) {
            threw = e.message().contains(QLatin1String("p.csv"));
        }
        QVERIFY(threw);
    }
};

QTEST_MAIN(TestPredictionQueueModel)
#include "test_prediction_queue_model.moc"
