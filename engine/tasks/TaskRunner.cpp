#include "tasks/TaskRunner.h"
#include "common/Error.h"
#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtDebug>
#include <new>

namespace gtzan {

namespace detail {

// Where workers post to: the runner, while it takes posts. shutdown() clears `runner` under the
// mutex, so a worker that outlives the runner (a shutdown that timed out) posts nowhere instead
// of to a deleted object.
struct Mailbox {
    QMutex mutex;
    TaskRunner *runner = nullptr;
};

struct TaskState {
    TaskRunner::TaskId id = 0;
    QString kind;
    QPointer<QObject> owner;           // read on the runner's thread only
    std::atomic_bool cancel{false};    // also set when superseded
    bool superseded = false;           // runner's thread only: then nothing is delivered
    TaskRunner::ErrorCallback onError; // called on the runner's thread only
    TaskRunner::ProgressCallback onProgress;
    std::shared_ptr<Mailbox> mailbox;
    // The latest progress not yet taken by the owner's thread (one queued delivery at a time).
    QMutex progressMutex;
    double progressFraction = 0;
    QString progressText;
    bool progressQueued = false;

    // On the runner's thread: may this task still reach its owner?
    bool live() const { return !cancel.load() && owner; }
};

} // namespace detail

namespace {

TaskRunner *s_instance = nullptr;

// The text of whatever the work threw, for a person.
QString describeCurrentException() {
    try {
        throw;
    } catch (const Error &e) {
        return e.message();
    } catch (const std::bad_alloc &) {
        return QStringLiteral("not enough memory for this (std::bad_alloc)");
    } catch (const std::exception &e) {
        // LibTorch's c10::Error appends a stack trace ("Exception raised from ..."): the first
        // part is the message, the rest is for a debugger.
        QString text = QString::fromLocal8Bit(e.what());
        const int trace = text.indexOf(QLatin1String("Exception raised from "));
        if (trace >= 0) text.truncate(trace);
        text = text.trimmed();
        if (text.size() > 500) text = text.left(500) + QStringLiteral("...");
        return text.isEmpty() ? QStringLiteral("an error without a message (std::exception)") : text;
    } catch (...) {
        return QStringLiteral("an unknown error (an exception that is not a std::exception)");
    }
}

} // namespace

bool TaskContext::cancelled() const { return m_state->cancel.load(); }

const std::atomic_bool *TaskContext::cancelFlag() const { return &m_state->cancel; }

void TaskContext::throwIfCancelled() const {
    if (cancelled()) throw TaskCancelled{};
}

void TaskContext::progress(double fraction, const QString &text) const {
    if (!m_state->onProgress || cancelled()) return;
    {
        QMutexLocker lock(&m_state->progressMutex);
        m_state->progressFraction = fraction;
        m_state->progressText = text;
        if (m_state->progressQueued) return; // the queued delivery will take this value
        m_state->progressQueued = true;
    }
    const std::shared_ptr<detail::TaskState> task = m_state;
    TaskRunner::post(task, [task] {
        double fraction;
        QString text;
        {
            QMutexLocker lock(&task->progressMutex);
            fraction = task->progressFraction;
            text = task->progressText;
            task->progressQueued = false;
        }
        task->onProgress(fraction, text);
    });
}

void TaskContext::post(std::function<void()> fn) const { TaskRunner::post(m_state, std::move(fn)); }

TaskRunner &TaskRunner::instance() {
    if (!s_instance) {
        Q_ASSERT_X(QCoreApplication::instance(), "TaskRunner::instance", "needs a QCoreApplication");
        s_instance = new TaskRunner;
        s_instance->moveToThread(QCoreApplication::instance()->thread());
        // Post routines run first thing in ~QCoreApplication, while the event loop's machinery
        // still exists (unlike a static destructor), so workers still running can be cancelled.
        qAddPostRoutine([] {
            delete s_instance; // shuts down (bounded)
            s_instance = nullptr;
        });
    }
    return *s_instance;
}

TaskRunner::TaskRunner(QObject *parent) : QObject(parent), m_pool(new QThreadPool), m_mailbox(std::make_shared<detail::Mailbox>()) {
    m_mailbox->runner = this;
    // Not a compute pool: tasks are few and coarse, and some hold their thread for minutes (a
    // training run), so the pool is wide enough that a task never waits for another kind's; the
    // parallel work inside a task has threads of its own (LibTorch, the feature loader). A
    // private pool also keeps exit bounded: QCoreApplication waits for the global pool forever.
    m_pool->setMaxThreadCount(std::max(16, QThread::idealThreadCount() * 2));
}

TaskRunner::~TaskRunner() {
    if (!m_shutDown) shutdown(kDefaultShutdownMs);
}

TaskRunner::TaskId TaskRunner::startErased(QObject *owner, const QString &kind, ErasedWork work, ErrorCallback onError, ProgressCallback onProgress) {
    Q_ASSERT(owner);
    Q_ASSERT_X(owner->thread() == thread(), "TaskRunner::start", "the owner must live in the runner's thread");
    if (m_shutDown) {
        qWarning().noquote() << QStringLiteral("TaskRunner: '%1' not started, the runner is shut down").arg(kind);
        return 0;
    }
    auto task = std::make_shared<detail::TaskState>();
    task->id = m_nextId++;
    task->kind = kind;
    task->owner = owner;
    task->onError = std::move(onError);
    task->onProgress = std::move(onProgress);
    task->mailbox = m_mailbox;

    // Supersede: the older task of this kind stops and will deliver nothing.
    std::shared_ptr<detail::TaskState> &slot = m_tasks[{owner, kind}];
    if (slot) {
        slot->superseded = true;
        slot->cancel.store(true);
    }
    slot = task;
    if (m_owners.insert(owner).second) connect(owner, &QObject::destroyed, this, [this, owner] { forget(owner); });

    m_pool->start([task, work = std::move(work)] { runOnWorker(task, work); });
    return task->id;
}

void TaskRunner::runOnWorker(const std::shared_ptr<detail::TaskState> &task, const ErasedWork &work) {
    std::function<void()> deliver;
    TaskError error;
    bool ok = false;
    if (!task->cancel.load()) { // cancelled while it waited for a thread: no need to start
        TaskContext context(task);
        try {
            deliver = work(context);
            ok = true;
        } catch (const TaskCancelled &) {
        } catch (...) {
            error.message = describeCurrentException();
        }
    }
    finish(task, ok, deliver, error);
}

// On the worker: posts the last delivery. Whether it is a result, an error or a cancel is decided
// on the owner's thread, where cancel() is called, so a cancel always wins over a result that
// raced with it.
void TaskRunner::finish(const std::shared_ptr<detail::TaskState> &task, bool ok, const std::function<void()> &deliver, const TaskError &error) {
    QMutexLocker lock(&task->mailbox->mutex);
    TaskRunner *runner = task->mailbox->runner;
    if (!runner) return;
    QMetaObject::invokeMethod(
        runner,
        [runner, task, ok, deliver, error] {
            if (runner->m_shutDown) return; // queued before shutdown(): nothing is delivered after it
            auto it = runner->m_tasks.find({task->owner.data(), task->kind});
            if (it != runner->m_tasks.end() && it->second == task) runner->m_tasks.erase(it); // isRunning() is false in the callback
            if (task->superseded || !task->owner) return;
            if (task->cancel.load()) {
                if (task->onError) task->onError(TaskError{QStringLiteral("cancelled"), true});
            } else if (ok) {
                if (deliver) deliver();
            } else if (task->onError) {
                task->onError(error);
            }
        },
        Qt::QueuedConnection);
}

void TaskRunner::post(const std::shared_ptr<detail::TaskState> &task, std::function<void()> fn) {
    if (task->cancel.load()) return; // early out; checked again on arrival
    QMutexLocker lock(&task->mailbox->mutex);
    if (!task->mailbox->runner) return;
    QMetaObject::invokeMethod(
        task->mailbox->runner,
        [task, fn = std::move(fn)] {
            if (task->live()) fn();
        },
        Qt::QueuedConnection);
}

void TaskRunner::cancel(const QObject *owner, const QString &kind) {
    const auto it = m_tasks.find({owner, kind});
    if (it != m_tasks.end()) it->second->cancel.store(true);
}

void TaskRunner::cancelAll(const QObject *owner) {
    for (auto it = m_tasks.lower_bound({owner, QString()}); it != m_tasks.end() && it->first.first == owner; ++it) it->second->cancel.store(true);
}

bool TaskRunner::isRunning(const QObject *owner, const QString &kind) const { return m_tasks.count({owner, kind}) > 0; }

void TaskRunner::forget(const QObject *owner) {
    // Called from ~QObject: the tasks stop, and the address may be reused by a new owner.
    auto it = m_tasks.lower_bound({owner, QString()});
    while (it != m_tasks.end() && it->first.first == owner) {
        it->second->cancel.store(true);
        it = m_tasks.erase(it);
    }
    m_owners.erase(owner);
}

bool TaskRunner::waitForDone(int msecs) { return m_pool ? m_pool->waitForDone(msecs) : true; }

bool TaskRunner::shutdown(int msecs) {
    if (m_shutDown) return m_stoppedInTime;
    m_shutDown = true;
    for (auto &entry : m_tasks) entry.second->cancel.store(true);
    m_tasks.clear();
    m_pool->clear(); // tasks still waiting for a thread never start
    const bool done = m_pool->waitForDone(msecs);
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->runner = nullptr; // nothing is delivered any more
    }
    if (done) {
        delete m_pool;
    } else {
        // ~QThreadPool would wait for the work without a bound: let it end by itself instead.
        qWarning("TaskRunner: background work still running %d ms after it was cancelled; not waiting for it", msecs);
    }
    m_pool = nullptr;
    m_stoppedInTime = done;
    return done;
}

} // namespace gtzan
