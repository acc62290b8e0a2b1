// Job classes of the task runner (engine/tasks): heavy jobs run one at a time across the runner, a
// second one waits (and can be cancelled while it waits) or is refused with the running job's
// title; light jobs are not held up; supersede still holds; the job list and its signal follow.
#include "tasks/TaskRunner.h"
#include <QCoreApplication>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

using gtzan::JobClass;
using gtzan::JobInfo;
using gtzan::JobOptions;
using gtzan::TaskContext;
using gtzan::TaskError;
using gtzan::TaskRunner;
using gtzan::WhenBusy;

namespace {

// A work function that runs until released (or cancelled), so a test decides when it ends.
struct Gate {
    std::atomic_bool started{false};
    std::atomic_bool release{false};
    std::atomic_int runs{0};
};

std::function<int(TaskContext &)> gated(const std::shared_ptr<Gate> &gate, int value) {
    return [gate, value](TaskContext &task) {
        ++gate->runs;
        gate->started = true;
        task.progress(0.25, QStringLiteral("a quarter"));
        while (!gate->release.load()) {
            task.throwIfCancelled();
            QThread::msleep(1);
        }
        return value;
    };
}

struct Calls {
    QList<int> results;
    QList<TaskError> errors;
};

TaskRunner::TaskId startGated(TaskRunner &runner, QObject *owner, const QString &kind, const JobOptions &options, const std::shared_ptr<Gate> &gate,
                              int value, Calls &calls) {
    return runner.start<int>(
        owner, kind, options, gated(gate, value), [&calls](int v) { calls.results << v; }, [&calls](const TaskError &e) { calls.errors << e; });
}

QStringList titles(const std::vector<JobInfo> &jobs) {
    QStringList list;
    for (const JobInfo &j : jobs) list << j.title + (j.state == JobInfo::State::Queued ? QStringLiteral(" (queued)") : QString());
    return list;
}

} // namespace

class TestTaskJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSecondHeavyJobWaitsForTheFirst() {
        TaskRunner runner;
        QObject a, b;
        Calls calls;
        auto first = std::make_shared<Gate>(), second = std::make_shared<Gate>();
        const auto id1 = startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), first, 1, calls);
        const auto id2 = startGated(runner, &b, QStringLiteral("sweep"), JobOptions::heavy(QStringLiteral("Sweep")), second, 2, calls);
        QVERIFY(id1 != 0 && id2 != 0);
        QTRY_VERIFY(first->started.load());
        QTest::qWait(100);
        QVERIFY2(!second->started.load(), "the second heavy job must wait while the first runs");
        QVERIFY(runner.isRunning(&b, QStringLiteral("sweep")));
        QCOMPARE(runner.runningHeavyJob().id, id1);
        QCOMPARE(titles(runner.jobs()), QStringList({QStringLiteral("Training"), QStringLiteral("Sweep (queued)")}));

        first->release = true;
        QTRY_VERIFY(second->started.load());
        QCOMPARE(calls.results, QList<int>{1});
        QCOMPARE(runner.runningHeavyJob().id, id2);
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Sweep")});
        second->release = true;
        QTRY_COMPARE(calls.results, QList<int>({1, 2}));
        QVERIFY(calls.errors.isEmpty());
        QCOMPARE(runner.runningHeavyJob().id, TaskRunner::TaskId(0));
        QVERIFY(runner.jobs().empty());
    }

    void aRefusedJobNamesTheRunningOne() {
        TaskRunner runner;
        QObject a, b;
        Calls calls;
        auto first = std::make_shared<Gate>(), second = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), first, 1, calls);
        const auto refused =
            startGated(runner, &b, QStringLiteral("map"), JobOptions::heavy(QStringLiteral("Map"), WhenBusy::Refuse), second, 2, calls);
        QCOMPARE(refused, TaskRunner::TaskId(0));
        QVERIFY(!runner.isRunning(&b, QStringLiteral("map")));
        QCOMPARE(calls.errors.size(), 0); // later, as every callback, not inside start()
        QTRY_COMPARE(calls.errors.size(), 1);
        QVERIFY(calls.errors[0].refused);
        QVERIFY(!calls.errors[0].cancelled);
        QCOMPARE(calls.errors[0].busyWith, QStringLiteral("Training"));
        QVERIFY(calls.errors[0].message.contains(QStringLiteral("Training")));
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Training")});
        first->release = true;
        QTRY_COMPARE(calls.results, QList<int>{1});
        QCOMPARE(second->runs.load(), 0);

        // With the machine free, the same request runs.
        second->release = true;
        startGated(runner, &b, QStringLiteral("map"), JobOptions::heavy(QStringLiteral("Map"), WhenBusy::Refuse), second, 2, calls);
        QTRY_COMPARE(calls.results, QList<int>({1, 2}));
    }

    void aQueuedJobCancelledNeverRuns() {
        TaskRunner runner;
        QObject a, b, c;
        Calls calls;
        auto first = std::make_shared<Gate>(), second = std::make_shared<Gate>(), third = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), first, 1, calls);
        const auto id2 = startGated(runner, &b, QStringLiteral("sweep"), JobOptions::heavy(QStringLiteral("Sweep")), second, 2, calls);
        startGated(runner, &c, QStringLiteral("replicas"), JobOptions::heavy(QStringLiteral("Replicas")), third, 3, calls);
        QTRY_VERIFY(first->started.load());

        QSignalSpy changed(&runner, &TaskRunner::jobsChanged);
        runner.cancel(id2); // by id, as the job list does
        QVERIFY(changed.count() >= 1);
        QVERIFY(runner.isRunning(&b, QStringLiteral("sweep"))); // until its onError has been called
        QTRY_COMPARE(calls.errors.size(), 1);
        QVERIFY(calls.errors[0].cancelled);
        QVERIFY(!runner.isRunning(&b, QStringLiteral("sweep")));
        QCOMPARE(titles(runner.jobs()), QStringList({QStringLiteral("Training"), QStringLiteral("Replicas (queued)")}));

        // cancel(owner, kind) does the same for a queued job.
        runner.cancel(&c, QStringLiteral("replicas"));
        QTRY_COMPARE(calls.errors.size(), 2);
        QVERIFY(calls.errors[1].cancelled);
        first->release = true;
        second->release = true;
        third->release = true;
        QTRY_COMPARE(calls.results, QList<int>{1});
        QTest::qWait(100);
        QCOMPARE(second->runs.load(), 0);
        QCOMPARE(third->runs.load(), 0);
        QVERIFY(runner.jobs().empty());
    }

    void lightJobsAreNotHeldUp() {
        TaskRunner runner;
        QObject a, b;
        Calls calls;
        auto heavy = std::make_shared<Gate>(), light = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), heavy, 1, calls);
        light->release = true;
        startGated(runner, &b, QStringLiteral("decode"), JobOptions{}, light, 2, calls); // light, no title: not listed
        QTRY_COMPARE(calls.results, QList<int>{2});
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Training")});
        // The old start() without options is a light job too.
        runner.start<int>(
            &b, QStringLiteral("plain"), [](TaskContext &) { return 3; }, [&calls](int v) { calls.results << v; });
        QTRY_COMPARE(calls.results, QList<int>({2, 3}));
        QVERIFY(!heavy->release.load());
        heavy->release = true;
        QTRY_COMPARE(calls.results, QList<int>({2, 3, 1}));
    }

    void supersedeStillHoldsForHeavyJobs() {
        TaskRunner runner;
        QObject a, b;
        Calls calls;
        auto old = std::make_shared<Gate>(), newer = std::make_shared<Gate>(), other = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), old, 1, calls);
        QTRY_VERIFY(old->started.load());
        startGated(runner, &b, QStringLiteral("sweep"), JobOptions::heavy(QStringLiteral("Sweep")), other, 3, calls);
        // Refuse or not, a newer task of the same owner and kind replaces the older: it is not
        // refused for its predecessor, and it goes before the other queued job.
        const auto id =
            startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training again"), WhenBusy::Refuse), newer, 2, calls);
        QVERIFY(id != 0);
        // The old work still holds the machine until it returns (it sees its cancel flag).
        QTRY_VERIFY(newer->started.load());
        QVERIFY(!other->started.load());
        QCOMPARE(titles(runner.jobs()), QStringList({QStringLiteral("Training again"), QStringLiteral("Sweep (queued)")}));
        newer->release = true;
        QTRY_VERIFY(other->started.load());
        other->release = true;
        QTRY_COMPARE(calls.results, QList<int>({2, 3}));
        QVERIFY(calls.errors.isEmpty()); // the superseded one delivers nothing at all

        // A queued job superseded by a newer one of its key: only the newer runs.
        auto runningGate = std::make_shared<Gate>(), queuedOld = std::make_shared<Gate>(), queuedNew = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), runningGate, 10, calls);
        startGated(runner, &b, QStringLiteral("sweep"), JobOptions::heavy(QStringLiteral("Sweep 1")), queuedOld, 11, calls);
        startGated(runner, &b, QStringLiteral("sweep"), JobOptions::heavy(QStringLiteral("Sweep 2")), queuedNew, 12, calls);
        QCOMPARE(titles(runner.jobs()), QStringList({QStringLiteral("Training"), QStringLiteral("Sweep 2 (queued)")}));
        runningGate->release = true;
        queuedNew->release = true;
        QTRY_COMPARE(calls.results, QList<int>({2, 3, 10, 12}));
        QCOMPARE(queuedOld->runs.load(), 0);
        QVERIFY(calls.errors.isEmpty());
    }

    void theJobListAndItsSignal() {
        TaskRunner runner;
        QObject a, b;
        Calls calls;
        QSignalSpy changed(&runner, &TaskRunner::jobsChanged);
        auto heavy = std::make_shared<Gate>(), queued = std::make_shared<Gate>();
        const auto id1 = startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), heavy, 1, calls);
        QCOMPARE(changed.count(), 1);
        const auto id2 = startGated(runner, &b, QStringLiteral("map"), JobOptions::heavy(QStringLiteral("Map")), queued, 2, calls);
        QCOMPARE(changed.count(), 2);
        // The progress a job reports reaches the list (no onProgress callback needed) with a signal.
        QTRY_VERIFY(!runner.jobs().empty() && runner.jobs()[0].fraction == 0.25);
        std::vector<JobInfo> jobs = runner.jobs();
        QCOMPARE(int(jobs.size()), 2);
        QCOMPARE(jobs[0].id, id1);
        QCOMPARE(jobs[0].jobClass, JobClass::Heavy);
        QCOMPARE(jobs[0].state, JobInfo::State::Running);
        QCOMPARE(jobs[0].text, QStringLiteral("a quarter"));
        QVERIFY(!jobs[0].cancelling);
        QCOMPARE(jobs[1].id, id2);
        QCOMPARE(jobs[1].state, JobInfo::State::Queued);
        QCOMPARE(jobs[1].fraction, -1.0);
        QVERIFY(changed.count() >= 3);

        // A cancelled running job stays listed, as cancelling, until its work has returned.
        const int before = changed.count();
        runner.cancel(id1);
        QCOMPARE(changed.count(), before + 1);
        jobs = runner.jobs();
        QVERIFY(jobs[0].cancelling);
        QTRY_COMPARE(calls.errors.size(), 1);
        QVERIFY(calls.errors[0].cancelled);
        QTRY_VERIFY(queued->started.load());
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Map")});
        queued->release = true;
        QTRY_VERIFY(runner.jobs().empty());
        QCOMPARE(calls.results, QList<int>{2});

        // A light job with a title is listed too, as running at once.
        auto light = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("scan"), JobOptions{JobClass::Light, QStringLiteral("Scan"), WhenBusy::Queue}, light, 4, calls);
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Scan")});
        QCOMPARE(runner.runningHeavyJob().id, TaskRunner::TaskId(0));
        light->release = true;
        QTRY_VERIFY(runner.jobs().empty());
    }

    void aDestroyedOwnersQueuedJobLeavesTheQueue() {
        TaskRunner runner;
        QObject a;
        Calls calls;
        auto heavy = std::make_shared<Gate>(), queued = std::make_shared<Gate>();
        startGated(runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), heavy, 1, calls);
        {
            QObject b;
            startGated(runner, &b, QStringLiteral("map"), JobOptions::heavy(QStringLiteral("Map")), queued, 2, calls);
            QCOMPARE(int(runner.jobs().size()), 2);
        }
        QCOMPARE(titles(runner.jobs()), QStringList{QStringLiteral("Training")});
        heavy->release = true;
        queued->release = true;
        QTRY_COMPARE(calls.results, QList<int>{1});
        QTest::qWait(50);
        QCOMPARE(queued->runs.load(), 0);
        QVERIFY(calls.errors.isEmpty());
    }

    void shutdownDropsTheQueue() {
        auto runner = std::make_unique<TaskRunner>();
        QObject a, b;
        Calls calls;
        auto heavy = std::make_shared<Gate>(), queued = std::make_shared<Gate>();
        startGated(*runner, &a, QStringLiteral("train"), JobOptions::heavy(QStringLiteral("Training")), heavy, 1, calls);
        startGated(*runner, &b, QStringLiteral("map"), JobOptions::heavy(QStringLiteral("Map")), queued, 2, calls);
        QTRY_VERIFY(heavy->started.load());
        QVERIFY(runner->shutdown(5000)); // the gate polls the cancel flag
        QCoreApplication::processEvents();
        QCOMPARE(queued->runs.load(), 0);
        QVERIFY(calls.results.isEmpty() && calls.errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskJobs)
#include "test_task_jobs.moc"
