// gtzan-cli reproduce end to end on the real sample, trimmed for ctest (the quick protocol with 1
// seed and 2 epochs; the full quick protocol is a benchmark, docs/benchmarks.md):
//  - the plans: gct634 covers every cell the reference filled, 3 seeds; quick has 8 cells that
//    the reference has too;
//  - an in-process run killed (SIGKILL) after its first finished run, resumed, stopped by SIGTERM
//    (as Ctrl+C) after one more, and resumed again: the finished runs' files are left untouched,
//    the lock is released or found dead, and the rest is completed;
//  - the report's tables say what results.json says, and it needs no other file;
//  - --plan run by GNU parallel (-j2), then --report-only: the same rows as the in-process run;
//  - a changed protocol, seed count, epoch count or data folder is refused and changes nothing;
//  - a damaged run file is not taken, and is trained again.
// The slots run in order and build on each other's folders.
#include "TestSupport.h"
#include "common/Error.h"
#include "studies/ExperimentPlan.h"
#include "studies/ReferenceTables.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace gtzan;

class TestReproduce : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;

    QString inProcess() const { return m_dir.filePath(QStringLiteral("in-process")); }
    QString fannedOut() const { return m_dir.filePath(QStringLiteral("parallel")); }

    // The trimmed quick protocol; every command of the test names the same experiment. Each output
    // folder has its own feature cache (OUT/cache): the fanned-out runs compute their features
    // themselves, so equal rows mean equal computations, not a shared file.
    QStringList quickArgs(const QString &out, const QStringList &extra = {}) const {
        QStringList a{QStringLiteral("reproduce"),
                      QStringLiteral("--data"),
                      m_data,
                      QStringLiteral("--protocol"),
                      QStringLiteral("quick"),
                      QStringLiteral("--seeds"),
                      QStringLiteral("1"),
                      QStringLiteral("--epochs"),
                      QStringLiteral("2"),
                      QStringLiteral("--threads"),
                      QStringLiteral("1"),
                      QStringLiteral("--out"),
                      out};
        return a + extra;
    }

    // Runs gtzan-cli to its end; true when it exited with `expected`.
    bool run(const QStringList &args, int expected, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess cli;
        cli.start(testsupport::cliPath(), args);
        if (!cli.waitForFinished(900000) || cli.exitStatus() != QProcess::NormalExit) {
            qWarning("gtzan-cli %s did not finish by itself", qPrintable(args.join(QLatin1Char(' '))));
            return false;
        }
        const QByteArray e = cli.readAllStandardError();
        if (out) *out = cli.readAllStandardOutput();
        if (err) *err = e;
        if (cli.exitCode() == expected) return true;
        qWarning("gtzan-cli %s: exit %d, expected %d:\n%s", qPrintable(args.join(QLatin1Char(' '))), cli.exitCode(), expected, e.constData());
        return false;
    }

    static QJsonObject readJson(const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QByteArray readBytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QStringList runFiles(const QString &out) {
        QStringList files = QDir(QDir(out).filePath(QStringLiteral("runs"))).entryList({QStringLiteral("*.json")}, QDir::Files);
        files.sort();
        return files;
    }

    // Every run file's bytes by its name, to show that later commands left them as they were.
    static QMap<QString, QByteArray> runFileBytes(const QString &out) {
        QMap<QString, QByteArray> bytes;
        for (const QString &f : runFiles(out)) bytes.insert(f, readBytes(QDir(out).filePath(QStringLiteral("runs/") + f)));
        return bytes;
    }

    // The rows as (model|condition) -> "train val test" means, for comparing two experiments.
    static QMap<QString, QString> rowMeans(const QJsonObject &results) {
        QMap<QString, QString> rows;
        for (const QJsonValue &v : results.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = v.toObject();
            QStringList means;
            for (const char *side : {"train", "validation", "test"})
                means << QString::number(r.value(QLatin1String(side)).toObject().value(QStringLiteral("mean")).toDouble(-1), 'g', 12);
            rows.insert(r.value(QStringLiteral("model")).toString() + QLatin1Char('|') + r.value(QStringLiteral("condition")).toString(),
                        means.join(QLatin1Char(' ')));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
    }

    void plansCoverTheReferenceCells() {
        const QString lists = testsupport::requireShared(QStringLiteral("data/splits/gct634-8genre"));
        ExperimentRequest request;
        request.protocol = QStringLiteral("gct634");
        request.dataFolder = m_data; // planning reads no audio
        request.splitFolder = lists;
        const ExperimentPlan gct634 = planExperiment(request);
        QCOMPARE(gct634.seeds, 3);
        QCOMPARE(int(gct634.runs.size()), (22 + 7) * 3); // 22 filled Table 1 cells, 7 Table 2 models
        QSet<QString> ids, cells;
        for (const PlannedRun &r : gct634.runs) {
            ids.insert(r.id);
            cells.insert(r.row + QLatin1Char('|') + r.condition);
            QVERIFY2(ReferenceTables::gct634().cell(r.table, r.row, r.condition).has_value(), qPrintable(r.id));
            QCOMPARE(r.recipe.options.seeds, 1);
            QCOMPARE(int(r.recipe.options.firstSeed), int(r.seed));
            QCOMPARE(r.recipe.validationPerGenre, 5);
            QCOMPARE(r.recipe.options.learningRate, 1e-4);
            QCOMPARE(r.recipe.options.batchSize, 32);
            QCOMPARE(r.recipe.segmentSeconds, r.condition.endsWith(QLatin1String("segmentation")) ? 4.0 : 0.0);
            QCOMPARE(r.recipe.options.augment,
                     r.condition.startsWith(QLatin1String("augmentation")) ? QStringLiteral("offline") : QStringLiteral("none"));
        }
        QCOMPARE(ids.size(), int(gct634.runs.size()));
        QCOMPARE(cells.size(), 29);
        // Every cell the reference filled is planned.
        int filled = 0;
        for (const char *rowName : {"baseline1d", "cnn1d (Q1)", "embed_mlp MTT (Q2)", "embed_mlp MSD (Q2)", "cnn2d", "fusion cnn1d+MSD",
                                    "fusion cnn2d+MSD", "fusion resnet34+MSD"})
            for (const QString &c : experimentConditions()) {
                const QString row = QLatin1String(rowName);
                if (ReferenceTables::gct634().cell(QStringLiteral("table1"), row, c)) {
                    ++filled;
                    QVERIFY2(cells.contains(row + QLatin1Char('|') + c), qPrintable(row + QLatin1Char(' ') + c));
                }
            }
        QCOMPARE(filled, 22);

        request.protocol = QStringLiteral("quick");
        const ExperimentPlan quick = planExperiment(request);
        QCOMPARE(int(quick.runs.size()), 8 * 2);
        for (const PlannedRun &r : quick.runs) QVERIFY2(ReferenceTables::gct634().cell(r.table, r.row, r.condition).has_value(), qPrintable(r.id));

        // The program's copy of the report's tables is the shared one.
        QFile shared(QDir(testsupport::referenceDir()).filePath(QStringLiteral("gct634-2020-hw2-tables.json")));
        QFile carried(QStringLiteral(":/reference/gct634-2020-hw2-tables.json"));
        QVERIFY(shared.open(QIODevice::ReadOnly) && carried.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(carried.readAll()), QJsonDocument::fromJson(shared.readAll()));
        // So are the split lists the package installs (resources/splits, packaging/CMakeLists.txt).
        for (const QString &name : {QStringLiteral("gct634-8genre/train.txt"), QStringLiteral("gct634-8genre/test.txt"),
                                    QStringLiteral("fault-filtered/train_filtered.txt"), QStringLiteral("fault-filtered/valid_filtered.txt"),
                                    QStringLiteral("fault-filtered/test_filtered.txt")}) {
            const QByteArray here = readBytes(QDir(qEnvironmentVariable("GTZAN_SOURCE_DIR")).filePath(QStringLiteral("resources/splits/") + name));
            QVERIFY2(!here.isEmpty(), qPrintable(name));
            QCOMPARE(here, readBytes(testsupport::requireShared(QStringLiteral("data/splits/") + name)));
        }
        const auto cell = ReferenceTables::gct634().cell(QStringLiteral("table1"), QStringLiteral("fusion resnet34+MSD"),
                                                         QStringLiteral("augmentation+segmentation"));
        QVERIFY(cell && (*cell)[2] == 86.0);
        QVERIFY(!ReferenceTables::gct634().cell(QStringLiteral("table1"), QStringLiteral("cnn1d (Q1)"), QStringLiteral("segmentation")));

        request.protocol = QStringLiteral("gct635");
        QVERIFY_THROWS_EXCEPTION(gtzan::Error, planExperiment(request));
    }

    void killedAfterTheFirstRunThenResumed() {
        QProcess cli;
        cli.start(testsupport::cliPath(), quickArgs(inProcess()));
        QVERIFY(cli.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (runFiles(inProcess()).isEmpty() && cli.state() == QProcess::Running && clock.elapsed() < 600000) QThread::msleep(50);
        const QStringList first = runFiles(inProcess());
        QCOMPARE(first.size(), 1);
        // A second command for the same folder while the first trains is refused, and waits for nothing.
        QByteArray err;
        QVERIFY(run(quickArgs(inProcess()), 1, nullptr, &err));
        QVERIFY2(err.contains("being trained into by another program"), err.constData());
        QCOMPARE(runFiles(inProcess()).size() >= 1, true);
        cli.kill(); // SIGKILL: no handler runs
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        const QString firstPath = QDir(inProcess()).filePath(QStringLiteral("runs/") + first.front());
        const QByteArray firstBytes = readBytes(firstPath);
        const QDateTime firstTime = QFileInfo(firstPath).lastModified();
        QVERIFY(!firstBytes.isEmpty());
        // Whatever was finished when the kill came stays as it was through the resume.
        const QMap<QString, QByteArray> finishedAtKill = runFileBytes(inProcess());
        QVERIFY(finishedAtKill.size() < 8);

        // Resumed, then stopped as Ctrl+C or a scheduler stops it (SIGTERM, handled like SIGINT) once one
        // more run is done: it stops within a batch, says how to resume, and writes the tables so far.
        QProcess resumed;
        resumed.start(testsupport::cliPath(), quickArgs(inProcess()));
        QVERIFY(resumed.waitForStarted());
        clock.restart();
        while (runFiles(inProcess()).size() <= finishedAtKill.size() && resumed.state() == QProcess::Running && clock.elapsed() < 600000)
            QThread::msleep(50);
        resumed.terminate();
        QVERIFY(resumed.waitForFinished(120000));
        QCOMPARE(resumed.exitStatus(), QProcess::NormalExit);
        const QByteArray stopErr = resumed.readAllStandardError();
        if (runFiles(inProcess()).size() < 8) { // not already at the end when the signal came
            QCOMPARE(resumed.exitCode(), 1);
            QVERIFY2(stopErr.contains("start the same command again to resume"), stopErr.constData());
        }
        const int finishedAtStop = int(runFiles(inProcess()).size());
        QVERIFY(finishedAtStop > finishedAtKill.size());
        QCOMPARE(readJson(QDir(inProcess()).filePath(QStringLiteral("results.json"))).value(QStringLiteral("finishedRuns")).toInt(), finishedAtStop);
        QVERIFY(!QFile::exists(QDir(inProcess()).filePath(QStringLiteral("experiment.lock")))); // released on the way out

        QByteArray out;
        QVERIFY(run(quickArgs(inProcess()), 0, &out));
        QVERIFY2(out.contains(QStringLiteral("%1 of 8 runs finished earlier").arg(finishedAtStop).toUtf8()), out.constData());
        QCOMPARE(readBytes(firstPath), firstBytes);
        const QMap<QString, QByteArray> afterResume = runFileBytes(inProcess());
        for (auto it = finishedAtKill.begin(); it != finishedAtKill.end(); ++it) QCOMPARE(afterResume.value(it.key()), it.value());
        QCOMPARE(QFileInfo(firstPath).lastModified(), firstTime);
        QCOMPARE(runFiles(inProcess()).size(), 8);

        const QJsonObject results = readJson(QDir(inProcess()).filePath(QStringLiteral("results.json")));
        QCOMPARE(results.value(QStringLiteral("plannedRuns")).toInt(), 8);
        QCOMPARE(results.value(QStringLiteral("finishedRuns")).toInt(), 8);
        const QJsonArray rows = results.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 8);
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value(QStringLiteral("test")).toObject().value(QStringLiteral("n")).toInt(), 1);
            const double test = r.value(QStringLiteral("test")).toObject().value(QStringLiteral("mean")).toDouble(-1);
            QVERIFY(test >= 0 && test <= 100);
            QCOMPARE(r.value(QStringLiteral("reference")).toArray().size(), 3); // every quick cell is one of the reference's
        }
        // A run file holds what the issue lists: recipe, seed, curves, accuracies, confusion, model, time.
        const QJsonObject runFile = readJson(firstPath);
        const QJsonObject record = runFile.value(QStringLiteral("record")).toObject();
        QVERIFY(record.contains(QStringLiteral("recipe")));
        QCOMPARE(runFile.value(QStringLiteral("seed")).toString(), QStringLiteral("1"));
        QCOMPARE(record.value(QStringLiteral("history")).toArray().first().toArray().size(), 2);
        QCOMPARE(record.value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("confusion")).toArray().size(), 8);
        QVERIFY(QFile::exists(record.value(QStringLiteral("modelPath")).toString()));
        QVERIFY(record.value(QStringLiteral("seconds")).toDouble() > 0);
    }

    void reportTablesMatchTheResults() {
        const QJsonObject results = readJson(QDir(inProcess()).filePath(QStringLiteral("results.json")));
        const QString html = QString::fromUtf8(readBytes(QDir(inProcess()).filePath(QStringLiteral("report.html"))));
        QVERIFY(html.contains(QLatin1String("Table 1")));
        QVERIFY(html.contains(QLatin1String("confusion-reference")));
        QVERIFY(html.contains(QLatin1String("confusion-ours")));
        QVERIFY(html.contains(QLatin1String("<svg"))); // the curves, inline
        QVERIFY(html.contains(QLatin1String("What differs")));
        // Self-contained: nothing is fetched from elsewhere.
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("url(")));
        QMap<QString, QString> cells;
        static const QRegularExpression cell(QStringLiteral("data-cell=\"([^\"]+)\">([^<]*)<"));
        for (auto it = cell.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            cells.insert(m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")), m.captured(2));
        }
        int checked = 0;
        for (const QJsonValue &v : results.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = v.toObject();
            for (const char *side : {"train", "validation", "test"}) {
                const QString key =
                    QStringLiteral("%1|%2|%3")
                        .arg(r.value(QStringLiteral("model")).toString(), r.value(QStringLiteral("condition")).toString(), QLatin1String(side));
                QVERIFY2(cells.contains(key), qPrintable(key));
                const double mean = r.value(QLatin1String(side)).toObject().value(QStringLiteral("mean")).toDouble();
                QCOMPARE(cells.value(key), QString::number(mean, 'f', 1)); // n = 1: no spread printed
                ++checked;
            }
        }
        QCOMPARE(checked, 24);
        QCOMPARE(cells.size(), 24);
    }

    void planRunByGnuParallelGivesTheSameRows() {
        const QString parallel = QStandardPaths::findExecutable(QStringLiteral("parallel"));
        QVERIFY2(!parallel.isEmpty(), "GNU parallel is missing: packaging/install-deps.sh installs it");
        QByteArray plan;
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--plan")}), 0, &plan));
        const QList<QByteArray> lines = plan.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        for (const QByteArray &line : lines) {
            QVERIFY2(line.startsWith(QFile::encodeName(testsupport::cliPath()) + " train ") ||
                         line.startsWith(QFile::encodeName(QFileInfo(testsupport::cliPath()).absoluteFilePath()) + " train "),
                     line.constData());
            QVERIFY2(line.contains(" --out " + QFile::encodeName(QDir(fannedOut()).filePath(QStringLiteral("runs/")))), line.constData());
        }
        QCOMPARE(runFiles(fannedOut()).size(), 0); // planning trains nothing
        // Six of the eight runs are taken from the in-process folder (the same experiment): the plan
        // must then hold only the other two, and those two, trained by GNU parallel, are the rows
        // compared below with the in-process ones. (Eight trainings again cost a minute of CI.)
        const QStringList local = runFiles(inProcess());
        QCOMPARE(local.size(), 8);
        QDir().mkpath(QDir(fannedOut()).filePath(QStringLiteral("runs")));
        for (int i = 0; i < 6; ++i) {
            const QString id = QFileInfo(local[i]).completeBaseName();
            for (const QString &ext : {QStringLiteral(".json"), QStringLiteral(".gtzm")}) {
                const QString name = QStringLiteral("runs/") + id + ext;
                QVERIFY2(QFile::copy(QDir(inProcess()).filePath(name), QDir(fannedOut()).filePath(name)), qPrintable(name));
            }
        }
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--plan")}), 0, &plan));
        const QList<QByteArray> left = plan.trimmed().split('\n');
        QCOMPARE(left.size(), 2);
        for (int i = 6; i < 8; ++i) QVERIFY2(plan.contains(QFile::encodeName(QFileInfo(local[i]).completeBaseName())), qPrintable(local[i]));
        const QString planFile = m_dir.filePath(QStringLiteral("plan.txt"));
        {
            QFile f(planFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(plan);
        }
        QProcess gnu;
        gnu.setStandardInputFile(planFile);
        gnu.start(parallel, {QStringLiteral("-j2"), QStringLiteral("--halt"), QStringLiteral("now,fail=1")});
        QVERIFY(gnu.waitForFinished(900000));
        QVERIFY2(gnu.exitStatus() == QProcess::NormalExit && gnu.exitCode() == 0, gnu.readAllStandardError().constData());
        QCOMPARE(runFiles(fannedOut()).size(), 8);

        QByteArray out, err;
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--report-only")}), 0, &out, &err));
        QVERIFY2(!err.contains("warning"), err.constData()); // every run file was taken
        const QMap<QString, QString> fanned = rowMeans(readJson(QDir(fannedOut()).filePath(QStringLiteral("results.json"))));
        const QMap<QString, QString> inOneProcess = rowMeans(readJson(QDir(inProcess()).filePath(QStringLiteral("results.json"))));
        QCOMPARE(fanned.size(), 8);
        QCOMPARE(fanned, inOneProcess);
        // Nothing left to plan once every run is done.
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--plan")}), 0, &plan));
        QVERIFY(plan.trimmed().isEmpty());
    }

    void aChangedExperimentIsRefused() {
        const QString results = QDir(inProcess()).filePath(QStringLiteral("results.json"));
        const QByteArray before = readBytes(results);
        const QStringList files = runFiles(inProcess());
        const auto refused = [&](QStringList args, const char *why) {
            QByteArray err;
            if (!run(args, 1, nullptr, &err)) return false;
            if (!err.contains(why)) {
                qWarning("expected \"%s\" in: %s", why, err.constData());
                return false;
            }
            return true;
        };
        QStringList epochs = quickArgs(inProcess());
        epochs[epochs.indexOf(QStringLiteral("--epochs")) + 1] = QStringLiteral("3");
        QVERIFY(refused(epochs, "epochs: 3 now, 2 in the folder"));
        QStringList seeds = quickArgs(inProcess());
        seeds[seeds.indexOf(QStringLiteral("--seeds")) + 1] = QStringLiteral("2");
        QVERIFY(refused(seeds, "seeds: 2 now, 1 in the folder"));
        QStringList protocol =
            quickArgs(inProcess(), {QStringLiteral("--split-folder"), testsupport::requireShared(QStringLiteral("data/splits/gct634-8genre"))});
        protocol[protocol.indexOf(QStringLiteral("--protocol")) + 1] = QStringLiteral("gct634");
        QVERIFY(refused(protocol, "protocol: gct634 now, quick in the folder"));
        // Clips that differ (here one clip fewer, the rest the same files) are another data set.
        const QString fewer = m_dir.filePath(QStringLiteral("data-fewer"));
        bool skipped = false;
        for (const QFileInfo &genre : QDir(m_data + QStringLiteral("/genres")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString into = QDir(fewer).filePath(QStringLiteral("genres/") + genre.fileName());
            QVERIFY(QDir().mkpath(into));
            for (const QFileInfo &clip : QDir(genre.filePath()).entryInfoList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name)) {
                if (clip.fileName() == QLatin1String("jazz.00000.wav")) { // a training clip: the last of a genre is its test clip
                    skipped = true;
                    continue;
                }
                QVERIFY(QFile::link(clip.absoluteFilePath(), QDir(into).filePath(clip.fileName())));
            }
        }
        QVERIFY(skipped);
        QStringList data = quickArgs(inProcess());
        data[data.indexOf(QStringLiteral("--data")) + 1] = fewer;
        QVERIFY(refused(data, "is not what"));
        QVERIFY(refused(quickArgs(inProcess(), {QStringLiteral("--report-only"), QStringLiteral("--epochs"), QStringLiteral("5")}), "epochs"));
        QCOMPARE(readBytes(results), before);
        QCOMPARE(runFiles(inProcess()), files);
    }

    // The same clips by another path (a link here; a moved disk, or a cluster node that mounts
    // the data elsewhere) are the same experiment: nothing is planned again, the report is made
    // from the runs as they are, and every run file stays as it was.
    void aMovedDataFolderKeepsItsRuns() {
        const QMap<QString, QByteArray> before = runFileBytes(inProcess());
        QCOMPARE(before.size(), 8);
        const QString link = m_dir.filePath(QStringLiteral("data-link"));
        QVERIFY(QFile::link(m_data, link));
        const auto movedArgs = [&](const QStringList &extra) {
            QStringList a = quickArgs(inProcess(), extra);
            a[a.indexOf(QStringLiteral("--data")) + 1] = link;
            return a;
        };
        QByteArray plan, err;
        QVERIFY(run(movedArgs({QStringLiteral("--plan")}), 0, &plan, &err));
        QVERIFY2(plan.trimmed().isEmpty(), plan.constData());
        const QMap<QString, QString> rowsBefore = rowMeans(readJson(QDir(inProcess()).filePath(QStringLiteral("results.json"))));
        QByteArray out;
        QVERIFY(run(movedArgs({}), 0, &out, &err));
        QVERIFY2(out.contains("0 trained, 8 finished earlier"), out.constData());
        QCOMPARE(rowMeans(readJson(QDir(inProcess()).filePath(QStringLiteral("results.json")))), rowsBefore);
        QCOMPARE(runFileBytes(inProcess()), before);
    }

    void aDamagedRunFileIsTrainedAgain() {
        const QString runs = QDir(fannedOut()).filePath(QStringLiteral("runs"));
        const QString victim = QDir(runs).filePath(runFiles(fannedOut()).front());
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"format\": \"gtzan-experiment-run\", \"record\": ");
        }
        QByteArray out, err;
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--report-only")}), 0, &out, &err));
        QVERIFY2(err.contains("damaged"), err.constData());
        QCOMPARE(readJson(QDir(fannedOut()).filePath(QStringLiteral("results.json"))).value(QStringLiteral("finishedRuns")).toInt(), 7);
        QByteArray plan;
        QVERIFY(run(quickArgs(fannedOut(), {QStringLiteral("--plan")}), 0, &plan));
        QCOMPARE(plan.trimmed().split('\n').size(), 1);
        QVERIFY(run(quickArgs(fannedOut()), 0, &out));
        QCOMPARE(readJson(QDir(fannedOut()).filePath(QStringLiteral("results.json"))).value(QStringLiteral("finishedRuns")).toInt(), 8);
        QCOMPARE(rowMeans(readJson(QDir(fannedOut()).filePath(QStringLiteral("results.json")))),
                 rowMeans(readJson(QDir(inProcess()).filePath(QStringLiteral("results.json")))));
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "test_reproduce.moc"
