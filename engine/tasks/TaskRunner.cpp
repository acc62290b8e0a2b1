#include "tasks/TaskRunner.h"
#include "common/Error.h"
#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtDebug>
#include <algorithm>
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
    // As a job (JobOptions); the rest on the runner's thread only.
    JobClass jobClass = JobClass::Light;
    QString title;
    bool queued = false;                                      // a heavy job waiting for the machine
    std::function<std::function<void()>(TaskContext &)> work; // until it is handed to the pool
    double lastFraction = -1;                                 // the last progress delivered, for the job list
    QString lastText;
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
    if ((!m_state->onProgress && m_state->title.isEmpty()) || cancelled()) return;
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
        task->lastFraction = fraction;
        if (!text.isEmpty()) task->lastText = text; // an empty text keeps the last line, as the views do
        // Runs on the runner's thread, where the runner lives while its queued calls run.
        if (!task->title.isEmpty() && task->mailbox->runner) Q_EMIT task->mailbox->runner->jobsChanged();
        if (task->onProgress) task->onProgress(fraction, text);
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

TaskRunner::TaskId TaskRunner::startErased(QObject *owner, const QString &kind, const JobOptions &options, ErasedWork work, ErrorCallback onError,
                                           ProgressCallback onProgress) {
    Q_ASSERT(owner);
    Q_ASSERT_X(owner->thread() == thread(), "TaskRunner::start", "the owner must live in the runner's thread");
    if (m_shutDown) {
        qWarning().noquote() << QStringLiteral("TaskRunner: '%1' not started, the runner is shut down").arg(kind);
        return 0;
    }
    const bool heavy = options.jobClass == JobClass::Heavy;
    std::shared_ptr<detail::TaskState> &slot = m_tasks[{owner, kind}];
    // The heavy job that runs is this one's predecessor (owner and kind): it is replaced, not waited
    // for by choice, so a successor is never refused for it.
    const bool replacesRunningHeavy = heavy && m_heavyRunning && slot == m_heavyRunning;
    if (heavy && m_heavyRunning && !replacesRunningHeavy && options.whenBusy == WhenBusy::Refuse) {
        if (!slot) m_tasks.erase({owner, kind}); // operator[] made an empty entry
        refuse(owner, options, std::move(onError));
        return 0;
    }

    auto task = std::make_shared<detail::TaskState>();
    task->id = m_nextId++;
    task->kind = kind;
    task->owner = owner;
    task->onError = std::move(onError);
    task->onProgress = std::move(onProgress);
    task->mailbox = m_mailbox;
    task->jobClass = options.jobClass;
    task->title = options.title;

    // Supersede: the older task of this kind stops and will deliver nothing.
    if (slot) {
        slot->superseded = true;
        slot->cancel.store(true);
        if (slot->queued) dequeue(slot);
    }
    slot = task;
    if (m_owners.insert(owner).second) connect(owner, &QObject::destroyed, this, [this, owner] { forget(owner); });

    task->work = std::move(work);
    if (!heavy) {
        launch(task);
    } else if (!m_heavyRunning) {
        runHeavy(task);
    } else {
        task->queued = true;
        if (replacesRunningHeavy) m_heavyQueue.insert(m_heavyQueue.begin(), task); // it takes its predecessor's turn
        else m_heavyQueue.push_back(task);
    }
    if (listed(*task) || heavy) Q_EMIT jobsChanged();
    return task->id;
}

void TaskRunner::launch(const std::shared_ptr<detail::TaskState> &task) {
    m_pool->start([task, work = std::exchange(task->work, {})] { runOnWorker(task, work); });
}

void TaskRunner::runHeavy(const std::shared_ptr<detail::TaskState> &task) {
    m_heavyRunning = task;
    task->queued = false;
    launch(task);
}

void TaskRunner::startNextHeavy() {
    if (m_heavyRunning || m_heavyQueue.empty() || m_shutDown) return;
    const std::shared_ptr<detail::TaskState> next = m_heavyQueue.front();
    m_heavyQueue.erase(m_heavyQueue.begin());
    runHeavy(next);
}

void TaskRunner::dequeue(const std::shared_ptr<detail::TaskState> &task) {
    m_heavyQueue.erase(std::remove(m_heavyQueue.begin(), m_heavyQueue.end(), task), m_heavyQueue.end());
    task->queued = false;
    task->work = {}; // what the work holds goes now
}

void TaskRunner::refuse(QObject *owner, const JobOptions &options, ErrorCallback onError) {
    if (!onError) return;
    TaskError error;
    error.refused = true;
    error.busyWith = m_heavyRunning->title;
    error.message = QStringLiteral("not started: another heavy job is running (%1)").arg(error.busyWith);
    qInfo().noquote() << QStringLiteral("TaskRunner: '%1' refused, '%2' is running").arg(options.title, error.busyWith);
    // Later, as every callback: the caller is still inside start() now.
    QMetaObject::invokeMethod(
        this,
        [owner = QPointer<QObject>(owner), onError = std::move(onError), error, this] {
            if (owner && !m_shutDown) onError(error);
        },
        Qt::QueuedConnection);
}

bool TaskRunner::listed(const detail::TaskState &task) { return !task.title.isEmpty(); }

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
            runner->jobEnded(task); // before the callbacks: a job they start finds the machine free or the next one running
            if (task->superseded || !task->owner) return;
            if (task->cancel.load()) {
                TaskError cancelled;
                cancelled.message = QStringLiteral("cancelled");
                cancelled.cancelled = true;
                if (task->onError) task->onError(cancelled);
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

void TaskRunner::jobEnded(const std::shared_ptr<detail::TaskState> &task) {
    const bool wasHeavy = task == m_heavyRunning;
    if (wasHeavy) {
        m_heavyRunning.reset();
        startNextHeavy();
    }
    if (wasHeavy || listed(*task)) Q_EMIT jobsChanged();
}

void TaskRunner::cancelTask(const std::shared_ptr<detail::TaskState> &task) {
    const bool wasCancelled = task->cancel.exchange(true);
    if (task->queued) {
        // It never ran: it ends the way a cancelled work that returned does, through finish().
        dequeue(task);
        finish(task, false, {}, {});
    }
    if (!wasCancelled && listed(*task)) Q_EMIT jobsChanged();
}

void TaskRunner::cancel(const QObject *owner, const QString &kind) {
    const auto it = m_tasks.find({owner, kind});
    if (it != m_tasks.end()) cancelTask(it->second);
}

void TaskRunner::cancel(TaskId id) {
    for (const auto &entry : m_tasks) {
        if (entry.second->id == id) {
            cancelTask(entry.second);
            return;
        }
    }
}

void TaskRunner::cancelAll(const QObject *owner) {
    std::vector<std::shared_ptr<detail::TaskState>> owned;
    for (auto it = m_tasks.lower_bound({owner, QString()}); it != m_tasks.end() && it->first.first == owner; ++it) owned.push_back(it->second);
    for (const auto &task : owned) cancelTask(task);
}

bool TaskRunner::isRunning(const QObject *owner, const QString &kind) const { return m_tasks.count({owner, kind}) > 0; }

namespace {
JobInfo infoOf(const detail::TaskState &task) {
    JobInfo info;
    info.id = task.id;
    info.title = task.title;
    info.jobClass = task.jobClass;
    info.state = task.queued ? JobInfo::State::Queued : JobInfo::State::Running;
    info.cancelling = task.cancel.load();
    info.fraction = task.lastFraction;
    info.text = task.lastText;
    return info;
}
} // namespace

std::vector<JobInfo> TaskRunner::jobs() const {
    std::vector<JobInfo> running;
    for (const auto &entry : m_tasks)
        if (listed(*entry.second) && !entry.second->queued) running.push_back(infoOf(*entry.second));
    // A superseded or orphaned heavy job is no longer any owner's task, but it still holds the machine.
    if (m_heavyRunning && listed(*m_heavyRunning) &&
        std::none_of(running.begin(), running.end(), [this](const JobInfo &j) { return j.id == m_heavyRunning->id; }))
        running.push_back(infoOf(*m_heavyRunning));
    std::sort(running.begin(), running.end(), [](const JobInfo &a, const JobInfo &b) { return a.id < b.id; });
    for (const auto &task : m_heavyQueue)
        if (listed(*task)) running.push_back(infoOf(*task));
    return running;
}

JobInfo TaskRunner::runningHeavyJob() const { return m_heavyRunning ? infoOf(*m_heavyRunning) : JobInfo{}; }

void TaskRunner::forget(const QObject *owner) {
    // Called from ~QObject: the tasks stop, and the address may be reused by a new owner.
    bool changed = false;
    auto it = m_tasks.lower_bound({owner, QString()});
    while (it != m_tasks.end() && it->first.first == owner) {
        it->second->cancel.store(true);
        if (it->second->queued) dequeue(it->second); // never runs; nobody is left to tell
        changed = changed || listed(*it->second) || it->second->jobClass == JobClass::Heavy;
        it = m_tasks.erase(it);
    }
    m_owners.erase(owner);
    if (changed) Q_EMIT jobsChanged();
}

bool TaskRunner::waitForDone(int msecs) { return m_pool ? m_pool->waitForDone(msecs) : true; }

bool TaskRunner::shutdown(int msecs) {
    if (m_shutDown) return m_stoppedInTime;
    m_shutDown = true;
    for (auto &entry : m_tasks) entry.second->cancel.store(true);
    m_tasks.clear();
    for (const auto &task : m_heavyQueue) task->work = {};
    m_heavyQueue.clear();
    m_heavyRunning.reset();
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
