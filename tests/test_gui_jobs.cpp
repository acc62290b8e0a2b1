// The window's one job policy, in a real window: the status bar says how many long jobs run and
// wait, a click lists them with their progress and a Cancel each; a study started while another
// long job runs waits for it (and says so), the map refuses and names the running job.
#include "TestSupport.h"
#include "app/gui/FaultsPanel.h"
#include "app/gui/JobList.h"
#include "app/gui/JobsIndicator.h"
#include "app/gui/LeakageView.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapView.h"
#include "app/gui/TaskControls.h"
#include "tasks/TaskRunner.h"
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace gtzan::gui;
using gtzan::JobOptions;
using gtzan::TaskContext;
using gtzan::TaskError;
using gtzan::TaskRunner;

namespace {

// A heavy job of the application's runner that runs until released or cancelled.
struct HeldJob {
    QObject owner;
    std::shared_ptr<std::atomic_bool> release = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> ran = std::make_shared<std::atomic_bool>(false);
    QList<TaskError> errors;
    bool finished = false;

    TaskRunner::TaskId start(const QString &title) {
        return TaskRunner::instance().start<void>(
            &owner, QStringLiteral("held"), JobOptions::heavy(title),
            [release = release, ran = ran](TaskContext &task) {
                *ran = true;
                task.progress(0.5, QStringLiteral("halfway"));
                while (!release->load()) {
                    task.throwIfCancelled();
                    QThread::msleep(2);
                }
            },
            [this] { finished = true; }, [this](const TaskError &e) { errors << e; });
    }
};

} // namespace

class GuiJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theStatusBarCountsAndTheListCancels() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        JobsIndicator *indicator = w.jobsIndicator();
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible()); // nothing runs

        HeldJob training, sweep;
        training.start(QStringLiteral("Training cnn1d"));
        sweep.start(QStringLiteral("Robustness sweep"));
        QTRY_VERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("1 job running, 1 waiting"));

        QTest::mouseClick(indicator, Qt::LeftButton);
        QTRY_VERIFY(indicator->popup()->isVisible());
        JobList *list = indicator->list();
        QCOMPARE(list->rowCount(), 2);
        const auto listShows = [list](const QString &text) {
            const QList<QLabel *> labels = list->findChildren<QLabel *>();
            return std::any_of(labels.begin(), labels.end(), [&text](QLabel *l) { return l->isVisibleTo(l->window()) && l->text() == text; });
        };
        QVERIFY(listShows(QStringLiteral("Training cnn1d")));
        QVERIFY(listShows(QStringLiteral("Robustness sweep (waiting)")));
        QTRY_VERIFY(listShows(QStringLiteral("halfway"))); // the running job's last progress line
        // The popup fits inside the screen.
        const QRect screen = w.screen()->availableGeometry(), popup = indicator->popup()->frameGeometry();
        QVERIFY2(screen.contains(popup), qPrintable(QStringLiteral("popup %1,%2 %3x%4 on a screen of %5x%6")
                                                        .arg(popup.x())
                                                        .arg(popup.y())
                                                        .arg(popup.width())
                                                        .arg(popup.height())
                                                        .arg(screen.width())
                                                        .arg(screen.height())));

        // Cancel the waiting one from the list: it never runs, its owner hears cancelled.
        QTest::mouseClick(list->cancelButton(1), Qt::LeftButton);
        QTRY_COMPARE(sweep.errors.size(), 1);
        QVERIFY(sweep.errors[0].cancelled);
        QVERIFY(!sweep.ran->load());
        QTRY_COMPARE(indicator->text(), QStringLiteral("1 job running"));
        QTRY_COMPARE(list->rowCount(), 1);

        // Cancel the running one: the list empties, the popup closes and the indicator hides.
        QTest::mouseClick(list->cancelButton(0), Qt::LeftButton);
        QTRY_COMPARE(training.errors.size(), 1);
        QVERIFY(training.errors[0].cancelled);
        QTRY_VERIFY(!indicator->isVisible());
        QVERIFY(!indicator->popup()->isVisible());
    }

    void aStudyWaitsAndTheMapIsRefused() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        HeldJob training;
        training.start(QStringLiteral("Training cnn1d"));
        QTRY_VERIFY(training.ran->load());

        LeakageView *leakage = w.faults()->leakage();
        leakage->setFolder(sample);
        leakage->controls()->startButton()->click();
        QVERIFY(!leakage->controls()->startButton()->isEnabled());
        QVERIFY2(leakage->controls()->statusLabel()->text().contains(QStringLiteral("Waiting for \u201cTraining cnn1d\u201d")),
                 qPrintable(leakage->controls()->statusLabel()->text()));
        QTRY_COMPARE(w.jobsIndicator()->text(), QStringLiteral("1 job running, 1 waiting"));

        MapView *map = w.mapView();
        map->setFolder(sample);
        map->makeMap();
        QTRY_VERIFY(map->taskControls()->startButton()->isEnabled());
        QVERIFY2(map->taskControls()->statusLabel()->text().startsWith(QStringLiteral("Not started: \u201cTraining cnn1d\u201d is running")),
                 qPrintable(map->taskControls()->statusLabel()->text()));
        QVERIFY(!map->isBusy());
        QCOMPARE(w.jobsIndicator()->text(), QStringLiteral("1 job running, 1 waiting")); // the refused map is not listed

        // The waiting study is cancelled with its own Cancel button, without ever running.
        leakage->controls()->cancelButton()->click();
        QTRY_VERIFY(leakage->controls()->startButton()->isEnabled());
        QCOMPARE(leakage->controls()->statusLabel()->text(), QStringLiteral("Cancelled."));
        QVERIFY(leakage->result().arms.empty());
        *training.release = true;
        QTRY_VERIFY(training.finished);
        QTRY_VERIFY(!w.jobsIndicator()->isVisible());
    }
};

QTEST_MAIN(GuiJobs)
#include "test_gui_jobs.moc"
