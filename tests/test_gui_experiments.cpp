// Train > Experiments on the real sample (the quick protocol trimmed to 1 seed, 1 epoch): the
// planned runs and their states, a cancel after the first finished run that keeps it, a resume
// that trains only the rest, every run in the History, the report written, and a folder of
// another experiment refused.
#include "TestSupport.h"
#include "app/gui/ExperimentsView.h"
#include "app/gui/RunHistoryPanel.h"
#include "app/gui/TaskControls.h"
#include "app/gui/TrainingDashboard.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;

class TestGuiExperiments : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    static int countState(ExperimentsView &x, const QString &state) {
        int n = 0;
        for (int row = 0; row < x.table()->rowCount(); ++row) n += x.stateOf(x.table()->item(row, 0)->text()) == state;
        return n;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void cancelKeepsTheFinishedRunAndResumeTrainsTheRest() {
        const QString data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString out = m_tmp.filePath(QStringLiteral("experiment"));
        TrainingDashboard d;
        d.setModelsDir(m_tmp.filePath(QStringLiteral("models")));
        d.loadHistory(m_tmp.filePath(QStringLiteral("history.json")));
        d.resize(1300, 800);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        ExperimentsView &x = *d.experiments();
        d.showView(&x);
        x.setProtocol(QStringLiteral("quick"));
        x.setSeedsAndEpochs(1, 1);
        x.setDataFolder(data);
        x.setOutputFolder(out);
        QCOMPARE(x.table()->rowCount(), 8);
        QCOMPARE(countState(x, QStringLiteral("waiting")), 8);
        QVERIFY(x.controls()->startButton()->isEnabled());
        QVERIFY(!x.openReportButton()->isEnabled()); // nothing written yet
        QSignalSpy ended(&x, &ExperimentsView::experimentEnded);

        // 1. Start, and cancel once the first run is done.
        QTest::mouseClick(x.controls()->startButton(), Qt::LeftButton);
        QVERIFY(x.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(countState(x, QStringLiteral("done")) >= 1, 300000);
        QCOMPARE(countState(x, QStringLiteral("running")) + countState(x, QStringLiteral("done")) >= 1, true);
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        x.table()->setFocus();
        QTest::keyClick(x.table(), Qt::Key_Escape); // Esc on the page, as the Cancel button
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QVERIFY(!x.isRunning());
        const int doneBefore = countState(x, QStringLiteral("done"));
        QVERIFY(doneBefore >= 1 && doneBefore < 8);
        QCOMPARE(countState(x, QStringLiteral("running")), 0);
        QCOMPARE(countState(x, QStringLiteral("waiting")), 8 - doneBefore);
        QVERIFY2(x.controls()->statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(x.controls()->statusLabel()->text()));
        QVERIFY(x.controls()->startButton()->text().remove(QLatin1Char('&')).contains(QStringLiteral("Resume")));
        QCOMPARE(d.history()->table()->rowCount(), doneBefore); // runs land in the history as they finish
        QVERIFY(QFile::exists(x.reportPath()));                 // the tables so far
        const QString firstRun = QDir(out).filePath(QStringLiteral("runs/t1-cnn1d-q1-orig-s1.json"));
        QVERIFY(QFile::exists(firstRun));
        const QDateTime firstTime = QFileInfo(firstRun).lastModified();

        // 2. Resume: only the rest is trained.
        QTest::mouseClick(x.controls()->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 600000);
        QVERIFY2(ended.at(1).at(0).toBool(), qPrintable(ended.at(1).at(1).toString()));
        QCOMPARE(countState(x, QStringLiteral("done")), 8);
        QCOMPARE(QFileInfo(firstRun).lastModified(), firstTime);
        QCOMPARE(d.history()->table()->rowCount(), 8);
        QCOMPARE(int(d.history()->history().records().size()), 8);
        QVERIFY(x.openReportButton()->isEnabled());
        QVERIFY(!x.controls()->startButton()->isEnabled()); // nothing left to do
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("results.json"))));

        // 3. The same folder with another epoch count is another experiment: refused, nothing planned.
        x.setSeedsAndEpochs(1, 2);
        QVERIFY(!x.controls()->startButton()->isEnabled());
        QVERIFY2(x.controls()->statusLabel()->text().contains(QStringLiteral("another experiment")), qPrintable(x.controls()->statusLabel()->text()));
        QCOMPARE(x.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiExperiments)
#include "test_gui_experiments.moc"
