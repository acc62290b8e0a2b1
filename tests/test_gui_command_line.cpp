// `gtzan-explorer [options] [FILE|FOLDER...]` as a person types it: --help and --version answer in
// a terminal (no display needed), an unknown option is refused with the help, two audio files are
// both predicted in the Predict tab while the data set browser keeps its data set, one file opens
// in Explore, a folder opens as the data set. The window half runs the same two calls main() makes
// (parseStartupArguments, then MainWindow::openStartupPaths).
#include "TestSupport.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/StartupArguments.h"
#include "widgets/ClipInspector.h"
#include "widgets/DatasetBrowser.h"
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;

class GuiCommandLine : public QObject {
    Q_OBJECT
    QString m_sample;

    static QString explorer() { return qEnvironmentVariable("GTZAN_BINARY_DIR") + QStringLiteral("/bin/gtzan-explorer"); }
    QString clip(const QString &genre, int n) const {
        return QStringLiteral("%1/genres/%2/%2.%3.wav").arg(m_sample, genre).arg(n, 5, 10, QLatin1Char('0'));
    }
    // A terminal without a display: --help must not need one.
    static QProcess *runWithoutDisplay(const QStringList &args) {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p->setProcessEnvironment(env);
        p->start(explorer(), args);
        return p;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        QVERIFY2(QFileInfo(explorer()).isExecutable(), qPrintable(explorer()));
    }

    void helpAndVersionAnswerWithoutADisplay() {
        std::unique_ptr<QProcess> help(runWithoutDisplay({QStringLiteral("--help")}));
        QVERIFY(help->waitForFinished(30000));
        QCOMPARE(help->exitCode(), 0);
        const QString text = QString::fromUtf8(help->readAllStandardOutput());
        for (const char *expected : {"--version", "--presentation", "--theme", "FILE|FOLDER", "several are predicted"})
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("--screenshot")), "the screenshot options are for development: not in --help");
        std::unique_ptr<QProcess> version(runWithoutDisplay({QStringLiteral("--version")}));
        QVERIFY(version->waitForFinished(30000));
        QCOMPARE(version->exitCode(), 0);
        QVERIFY2(QString::fromUtf8(version->readAllStandardOutput()).startsWith(QLatin1String("GTZAN Explorer ")), "no version line");
    }

    void anUnknownOptionIsRefused() {
        const StartupArguments a = parseStartupArguments({QStringLiteral("gtzan-explorer"), QStringLiteral("--no-such-option")});
        QVERIFY(a.error.contains(QLatin1String("no-such-option")));
        QVERIFY(a.helpText.contains(QLatin1String("--presentation")));
        const StartupArguments q = parseStartupArguments({QStringLiteral("gtzan-explorer"), QStringLiteral("--quit-after"), QStringLiteral("soon")});
        QVERIFY(!q.error.isEmpty());
    }

    void screenshotOptionsBelongToTheDevelopmentTool() {
        // The window refuses them: they live in gtzan-screenshots (tools/screenshots), not installed.
        const StartupArguments a = parseStartupArguments(
            {QStringLiteral("gtzan-explorer"), QStringLiteral("/data"), QStringLiteral("--screenshot"), QStringLiteral("out.png")});
        QVERIFY2(a.error.contains(QLatin1String("screenshot")), qPrintable(a.error));
        QProcess tool;
        tool.start(qEnvironmentVariable("GTZAN_BINARY_DIR") + QStringLiteral("/bin/gtzan-screenshots"), {QStringLiteral("--help")});
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        const QString help = QString::fromUtf8(tool.readAllStandardOutput());
        for (const char *expected :
             {"--screenshot", "--select", "--predict", "--faults", "--map", "--experiment", "--train-progress", "--jobs", "--language"})
            QVERIFY2(help.contains(QLatin1String(expected)), qPrintable(help));
        QProcess nothing;
        nothing.start(qEnvironmentVariable("GTZAN_BINARY_DIR") + QStringLiteral("/bin/gtzan-screenshots"), {m_sample});
        QVERIFY(nothing.waitForFinished(30000));
        QCOMPARE(nothing.exitCode(), 2); // no picture named: a usage error, not a window left open
    }

    void twoFilesAreBothPredictedAndTheBrowserKeepsItsDataSet() {
        const QStringList files{clip(QStringLiteral("jazz"), 1), clip(QStringLiteral("metal"), 2)};
        const StartupArguments args = parseStartupArguments(QStringList{QStringLiteral("gtzan-explorer")} + files);
        QVERIFY(args.error.isEmpty());
        MainWindow w;
        w.show();
        QSignalSpy opened(w.browser(), &gtzan::widgets::DatasetBrowser::folderOpened);
        w.openStartupPaths(args.paths);
        PredictionPanel *panel = w.predictionPanel();
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(panel));
        QVERIFY(QTest::qWaitFor([&] { return panel->rowCount() == 2 && panel->done(0) && panel->done(1); }, 180000));
        QCOMPARE(panel->entry(0).file, files[0]);
        QCOMPARE(panel->entry(1).file, files[1]);
        QVERIFY2(panel->entry(0).error.isEmpty() && panel->entry(1).error.isEmpty(), qPrintable(panel->entry(0).error + panel->entry(1).error));
        // The browser opened a data set (the sample beside the build), as a start without files does.
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 60000));
        QVERIFY(w.browser()->clipTable()->model()->rowCount() > 0);
    }

    void oneFileOpensInExploreAndStaysThere() {
        const QString file = clip(QStringLiteral("blues"), 3);
        MainWindow w;
        w.show();
        w.tabs()->setCurrentWidget(w.predictionPanel()); // whatever tab was shown last time
        QSignalSpy opened(w.browser(), &gtzan::widgets::DatasetBrowser::folderOpened);
        w.openStartupPaths(parseStartupArguments({QStringLiteral("gtzan-explorer"), file}).paths);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.inspector()));
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return !w.inspector()->isBusy() && w.inspector()->currentPath() == file; }, 60000));
        QTest::qWait(300); // the data set's first clip must not replace it
        QCOMPARE(w.inspector()->currentPath(), file);
    }

    void aFolderOpensAsTheDataSet() {
        MainWindow w;
        w.show();
        QSignalSpy opened(w.browser(), &gtzan::widgets::DatasetBrowser::folderOpened);
        const QString genres = m_sample + QStringLiteral("/genres");
        w.openStartupPaths({genres});
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 60000));
        QCOMPARE(opened.first().at(0).toString(), genres);
        // A folder without GTZAN's genre folders is refused, and the clips still listed are
        // said to be the previous folder's (not listed under the new folder's error).
        QTemporaryDir empty;
        QSignalSpy failed(w.browser(), &gtzan::widgets::DatasetBrowser::folderFailed);
        w.openStartupPaths({empty.path()});
        QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 60000));
        QCOMPARE(w.browser()->clipTable()->model()->rowCount(), 50);
        QVERIFY2(w.browser()->statusText().contains(QStringLiteral("Still showing %1").arg(genres)), qPrintable(w.browser()->statusText()));
    }
};

QTEST_MAIN(GuiCommandLine)
#include "test_gui_command_line.moc"
