// The task runner (engine/tasks): a newer task of the same kind supersedes the older one, cancel
// ends in the cancel path without a result, every exception becomes an error text, a destroyed
// owner gets no callback, posts and progress reach the owner and are dropped once stale, and
// shutdown during a long cooperative task is prompt.
#include "common/Error.h"
#include "tasks/TaskRunner.h"
#include <QCoreApplication>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <c10/util/Exception.h>
#include <memory>
#include <new>

using gtzan::TaskContext;
using gtzan::TaskError;
using gtzan::TaskRunner;

namespace {

// Enough polls for minutes of work: a loop that ends before this ended because it saw cancel.
constexpr int kManyPolls = 2000000;

// What a cooperative long task saw: it polls the cancel flag every millisecond.
struct Poller {
    std::atomic_bool started{false};
    std::atomic_bool sawCancel{false};
    std::atomic_int polls{0};
};

int pollUntilCancelled(TaskContext &context, Poller &p) {
    p.started = true;
    for (int i = 0; i < kManyPolls; ++i) {
        ++p.polls;
        if (context.cancelled()) {
            p.sawCancel = true;
            return -1;
        }
        QThread::msleep(1);
    }
    return -2;
}

// Every callback that was called, on the owner's thread.
struct Calls {
    QList<int> results;
    QList<TaskError> errors;
    int posts = 0;
    QList<double> progress;
};

// Until no work runs and everything it posted has been handled.
bool drain(TaskRunner &runner) {
    const bool done = runner.waitForDone(60000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return done;
}

} // namespace

class TestTaskRunner : public QObject {
    Q_OBJECT
    const QString kKind = QStringLiteral("job");

    void startInt(TaskRunner &runner, QObject *owner, std::function<int(TaskContext &)> work, Calls &calls) {
        runner.start<int>(
            owner, kKind, std::move(work), [&calls](int v) { calls.results << v; }, [&calls](const TaskError &e) { calls.errors << e; },
            [&calls](double f, const QString &) { calls.progress << f; });
    }

private Q_SLOTS:
    void resultArrivesOnTheOwnersThread() {
        TaskRunner runner;
        QObject owner;
        Calls calls;
        Qt::HANDLE worker = nullptr, delivered = nullptr;
        runner.start<int>(
            &owner, kKind,
            [&worker](TaskContext &) {
                worker = QThread::currentThreadId();
                return 42;
            },
            [&](int v) {
                delivered = QThread::currentThreadId();
                calls.results << v;
            });
        QVERIFY(runner.isRunning(&owner, kKind));
        QTRY_COMPARE(calls.results, QList<int>{42});
        QVERIFY(!runner.isRunning(&owner, kKind));
        QVERIFY(worker != QThread::currentThreadId());
        QCOMPARE(delivered, QThread::currentThreadId());
    }

    void aNewerTaskOfTheSameKindSupersedesTheOlder() {
        TaskRunner runner;
        QObject owner;
        Calls calls;
        Poller first;
        startInt(
            runner, &owner, [&first](TaskContext &c) { return pollUntilCancelled(c, first); }, calls);
        QTRY_VERIFY(first.started);
        startInt(
            runner, &owner, [](TaskContext &) { return 2; }, calls);
        QVERIFY(drain(runner));
        QCOMPARE(calls.results, QList<int>{2}); // only the newer one's
        QVERIFY(calls.errors.isEmpty());        // a superseded task is silent
        QVERIFY(first.sawCancel);
        QVERIFY(first.polls < kManyPolls);
        // Another kind, or another owner, is not superseded.
        QObject other;
        Poller a, b;
        startInt(
            runner, &owner, [&a](TaskContext &c) { return pollUntilCancelled(c, a); }, calls);
        runner.start<int>(&owner, QStringLiteral("other kind"), [&b](TaskContext &c) { return pollUntilCancelled(c, b); }, {});
        startInt(
            runner, &other, [](TaskContext &) { return 3; }, calls);
        QTRY_VERIFY(a.started && b.started);
        QTRY_COMPARE(calls.results, (QList<int>{2, 3}));
        QVERIFY(!a.sawCancel && !b.sawCancel);
        runner.cancelAll(&owner);
        QVERIFY(drain(runner));
        QVERIFY(a.sawCancel && b.sawCancel);
    }

    void cancelEndsInTheCancelPathWithoutAResult_data() {
        QTest::addColumn<bool>("throws");
        QTest::newRow("returns") << false;
        QTest::newRow("throwIfCancelled") << true;
    }
    void cancelEndsInTheCancelPathWithoutAResult() {
        QFETCH(bool, throws);
        TaskRunner runner;
        QObject owner;
        Calls calls;
        Poller p;
        startInt(
            runner, &owner,
            [&p, throws](TaskContext &c) {
                const int v = pollUntilCancelled(c, p);
                if (throws) c.throwIfCancelled();
                return v;
            },
            calls);
        QTRY_VERIFY(p.started);
        runner.cancel(&owner, QStringLiteral("another kind")); // not this one
        QTest::qWait(20);
        QVERIFY(!p.sawCancel);
        runner.cancel(&owner, kKind);
        QVERIFY(runner.isRunning(&owner, kKind)); // until the work has returned
        QTRY_COMPARE(calls.errors.size(), 1);
        QVERIFY(calls.errors.front().cancelled);
        QVERIFY(calls.results.isEmpty());
        QVERIFY(p.sawCancel);
        QVERIFY(!runner.isRunning(&owner, kKind));
    }

    void everyExceptionBecomesAnErrorText_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gtzan::Error") << 0 << "x.wav: not audio";
        QTest::newRow("std::bad_alloc") << 1 << "not enough memory";
        QTest::newRow("int") << 2 << "unknown error";
        QTest::newRow("std::runtime_error") << 3 << "plain what";
        QTest::newRow("c10::Error") << 4 << "shape mismatch";
    }
    void everyExceptionBecomesAnErrorText() {
        QFETCH(int, which);
        QFETCH(QString, expected);
        TaskRunner runner;
        QObject owner;
        Calls calls;
        startInt(
            runner, &owner,
            [which](TaskContext &) -> int {
                switch (which) {
                case 0: throw gtzan::Error(QStringLiteral("x.wav: not audio"));
                case 1: throw std::bad_alloc();
                case 2: throw 7;
                case 3: throw std::runtime_error("plain what");
                default: throw c10::Error("shape mismatch", "Exception raised from foo at foo.cpp:1 (most recent call first):\nframe #0: bar");
                }
            },
            calls);
        QTRY_COMPARE(calls.errors.size(), 1);
        const TaskError &e = calls.errors.front();
        QVERIFY(!e.cancelled);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1String("frame #0")), qPrintable(e.message)); // no stack trace for a person
        QVERIFY(calls.results.isEmpty());
        // The runner goes on working.
        startInt(
            runner, &owner, [](TaskContext &) { return 5; }, calls);
        QTRY_COMPARE(calls.results, QList<int>{5});
    }

    void aDestroyedOwnerGetsNoCallback() {
        TaskRunner runner;
        auto *owner = new QObject;
        Calls calls;
        Poller p;
        std::atomic_bool release{false};
        startInt(
            runner, owner,
            [&](TaskContext &c) {
                p.started = true;
                while (!release && !c.cancelled()) QThread::msleep(1);
                p.sawCancel = c.cancelled();
                c.post([&calls] { ++calls.posts; });
                c.progress(0.5);
                return 1;
            },
            calls);
        QTRY_VERIFY(p.started);
        delete owner;
        QVERIFY(!runner.isRunning(owner, kKind)); // forgotten at once: the address may be reused
        release = true;
        QVERIFY(drain(runner));
        QVERIFY(p.sawCancel); // its tasks are cancelled with it
        QCOMPARE(calls.posts, 0);
        QVERIFY(calls.results.isEmpty());
        QVERIFY(calls.errors.isEmpty());
        QVERIFY(calls.progress.isEmpty());
    }

    void postsAndProgressArriveInOrderAndStaleOnesAreDropped() {
        TaskRunner runner;
        QObject owner;
        QList<int> seen;
        QList<double> progress;
        int result = 0;
        std::atomic_bool waitAtEnd{false};
        std::atomic_bool atEnd{false};
        runner.start<int>(
            &owner, kKind,
            [&](TaskContext &c) {
                for (int i = 0; i < 100; ++i) c.post([&seen, i] { seen << i; });
                c.progress(1.0, QStringLiteral("done"));
                atEnd = true;
                while (waitAtEnd && !c.cancelled()) QThread::msleep(1);
                c.post([&seen] { seen << -1; }); // after a cancel: dropped
                return 7;
            },
            [&result](int v) { result = v; }, {}, [&progress](double f, const QString &) { progress << f; });
        QTRY_COMPARE(result, 7);
        QCOMPARE(seen.size(), 101);
        for (int i = 0; i < 100; ++i) QCOMPARE(seen.at(i), i);
        QCOMPARE(progress.last(), 1.0);

        // Posted, still queued, then cancelled: never run.
        seen.clear();
        result = 0;
        waitAtEnd = true;
        atEnd = false;
        runner.start<int>(
            &owner, kKind,
            [&](TaskContext &c) {
                c.post([&seen] { seen << 1; });
                atEnd = true;
                while (!c.cancelled()) QThread::msleep(1);
                c.post([&seen] { seen << -1; });
                return 8;
            },
            [&result](int v) { result = v; });
        while (!atEnd) QThread::msleep(1); // no events handled: its first post is still queued
        runner.cancel(&owner, kKind);
        QVERIFY(drain(runner));
        QVERIFY2(seen.isEmpty(), qPrintable(QString::number(seen.size())));
        QCOMPARE(result, 0);
    }

    void aVoidTaskAndOneWithoutCallbacks() {
        TaskRunner runner;
        QObject owner;
        bool done = false;
        runner.start<void>(
            &owner, kKind, [](TaskContext &) {}, [&done] { done = true; });
        runner.start<int>(&owner, QStringLiteral("fire and forget"), [](TaskContext &) { return 1; }, {});
        QTRY_VERIFY(done);
        QVERIFY(drain(runner));
    }

    void shutdownDuringALongTaskIsPrompt() {
        auto runner = std::make_unique<TaskRunner>();
        QObject owner;
        Calls calls;
        Poller p;
        startInt(
            *runner, &owner, [&p](TaskContext &c) { return pollUntilCancelled(c, p); }, calls);
        QTRY_VERIFY(p.started);
        QTRY_VERIFY(p.polls > 5);
        QVERIFY(runner->shutdown()); // true: the work returned within the bound
        QVERIFY(p.sawCancel);
        QVERIFY2(p.polls < kManyPolls, qPrintable(QString::number(p.polls)));
        QCoreApplication::processEvents();
        QVERIFY(calls.results.isEmpty());
        QVERIFY(calls.errors.isEmpty()); // nothing is delivered after shutdown
        QCOMPARE(runner->start<int>(&owner, kKind, [](TaskContext &) { return 1; }, {}), TaskRunner::TaskId(0));
        runner.reset(); // the destructor does not wait again
    }

    void theApplicationRunnerExists() {
        TaskRunner &a = TaskRunner::instance();
        QCOMPARE(&a, &TaskRunner::instance());
        QCOMPARE(a.thread(), QCoreApplication::instance()->thread());
        QObject owner;
        int v = 0;
        a.start<int>(
            &owner, kKind, [](TaskContext &) { return 9; }, [&v](int x) { v = x; });
        QTRY_COMPARE(v, 9);
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "test_task_runner.moc"
