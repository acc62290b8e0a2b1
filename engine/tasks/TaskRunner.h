#pragma once
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace gtzan {

// Why a task gave no result.
struct TaskError {
    QString message;        // for a person (English, as every engine message): the exception's text
    bool cancelled = false; // stopped on request (cancel, cancelAll, shutdown), not a failure
};

// Thrown by TaskContext::throwIfCancelled(); the runner reports it as a cancel, never as a failure.
struct TaskCancelled {};

namespace detail {
struct TaskState;
struct Mailbox;
// onResult's type: void(R), or void() for a task without a value (void(R) is not allowed for R = void).
template <typename R> struct ResultCallback { using type = std::function<void(R)>; };
template <> struct ResultCallback<void> { using type = std::function<void()>; };
} // namespace detail

// What a work function gets: the cancel flag to poll (or to hand to the engine's long functions,
// which take `const std::atomic_bool *cancel`), and ways to send things to the owner's thread.
// Everything sent is dropped once the task is cancelled or superseded or its owner is gone, so a
// callback never sees a stale task. Thread-safe: the engine's own worker threads may call it too.
class TaskContext {
public:
    bool cancelled() const;
    const std::atomic_bool *cancelFlag() const;
    void throwIfCancelled() const; // throws TaskCancelled
    // Only the latest value is kept until the owner's thread takes it: a fast loop cannot flood
    // the event queue. Reaches the onProgress callback given to start().
    void progress(double fraction, const QString &text = QString()) const;
    // Runs fn on the owner's thread (an intermediate result: a partial prediction, an epoch).
    // Posts arrive in order, and all of them before the task's result or error.
    void post(std::function<void()> fn) const;

private:
    friend class TaskRunner;
    explicit TaskContext(std::shared_ptr<detail::TaskState> state) : m_state(std::move(state)) {}
    std::shared_ptr<detail::TaskState> m_state;
};

// The one way background work is done: a work function runs on a pool thread, and its result or
// error comes back to its owner's thread as a callback. Rules:
// - supersede: a task is named by (owner, kind); starting one of the same kind for the same owner
//   cancels the older one, which then delivers nothing at all (no result, error or post);
// - cancel: cancel() / cancelAll() set the task's flag; the work is expected to stop soon (the
//   flag is polled, not forced); its result is dropped and onError gets {cancelled = true} once
//   the work has returned, so an owner knows when the cancelled work is really over;
// - errors: every exception (gtzan::Error, std::exception such as std::bad_alloc or LibTorch's
//   c10::Error, anything else) is caught on the worker and becomes the TaskError's message;
// - owners: callbacks run only while the owner lives (QPointer); a destroyed owner's tasks are
//   cancelled, and owners must live in the runner's thread (the GUI thread);
// - shutdown: cancels everything and waits a bounded time, never for a long computation.
// A work function gets everything it needs by value (or through shared_ptr): it may outlive its
// owner by a moment and must never touch the owner; only callbacks do (a pointer to the owner may
// ride along into posted callbacks, which run only while it lives).
class TaskRunner : public QObject {
    Q_OBJECT
public:
    using TaskId = quint64;
    using ProgressCallback = std::function<void(double fraction, const QString &text)>;
    using ErrorCallback = std::function<void(const TaskError &error)>;
    static constexpr int kDefaultShutdownMs = 2000;

    // One runner per application, not per owner: exit has one place that cancels everything and
    // waits (bounded), the (owner, kind) key already keeps owners apart, and widgets reach it
    // without anyone handing it around. Created on first use in the QCoreApplication's thread;
    // shut down and deleted when the QCoreApplication goes (a post routine), or earlier by
    // shutdown(). Tests may make runners of their own.
    static TaskRunner &instance();

    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override; // shutdown(kDefaultShutdownMs) unless done already

    // Runs work(context) on a pool thread; later, on the owner's thread, onResult(value) or
    // onError(error). Any callback may be empty. Returns the task's id (0 after shutdown: then
    // nothing runs and nothing is called).
    template <typename R>
    TaskId start(QObject *owner, const QString &kind, std::function<R(TaskContext &)> work, typename detail::ResultCallback<R>::type onResult,
                 ErrorCallback onError = {}, ProgressCallback onProgress = {}) {
        return startErased(
            owner, kind,
            [work = std::move(work), onResult = std::move(onResult)](TaskContext &context) -> std::function<void()> {
                if constexpr (std::is_void_v<R>) {
                    work(context);
                    return onResult;
                } else {
                    auto value = std::make_shared<R>(work(context));
                    return [onResult, value] {
                        if (onResult) onResult(std::move(*value));
                    };
                }
            },
            std::move(onError), std::move(onProgress));
    }

    void cancel(const QObject *owner, const QString &kind);
    void cancelAll(const QObject *owner);
    // From start() until its last callback has been handled (or dropped): a cancelled task stays
    // running until its work has returned; a superseded one is replaced by the newer at once.
    bool isRunning(const QObject *owner, const QString &kind) const;

    // Cancels every task, waits at most msecs for the work functions to return, and refuses new
    // tasks. Nothing is delivered afterwards. Returns false when some work was still running
    // (it is left to end by itself: the process may exit under it rather than hang).
    bool shutdown(int msecs = kDefaultShutdownMs);
    // For tests: waits until no work function runs (their last callbacks may still be queued,
    // see QCoreApplication::sendPostedEvents). Never call it from a GUI handler.
    bool waitForDone(int msecs);

private:
    using ErasedWork = std::function<std::function<void()>(TaskContext &)>;
    friend class TaskContext;

    TaskId startErased(QObject *owner, const QString &kind, ErasedWork work, ErrorCallback onError, ProgressCallback onProgress);
    // Static: a worker that outlives a shutdown that timed out must not touch the runner.
    static void runOnWorker(const std::shared_ptr<detail::TaskState> &task, const ErasedWork &work);
    static void finish(const std::shared_ptr<detail::TaskState> &task, bool ok, const std::function<void()> &deliver, const TaskError &error);
    void forget(const QObject *owner); // the owner is being destroyed
    static void post(const std::shared_ptr<detail::TaskState> &task, std::function<void()> fn);

    QThreadPool *m_pool; // owned, except when shutdown timed out (then deliberately leaked)
    std::shared_ptr<detail::Mailbox> m_mailbox;
    std::map<std::pair<const QObject *, QString>, std::shared_ptr<detail::TaskState>> m_tasks; // the current task per (owner, kind)
    std::set<const QObject *> m_owners;                                                        // connected to: their destroyed() cancels their tasks
    TaskId m_nextId = 1;
    bool m_shutDown = false;
    bool m_stoppedInTime = true; // what shutdown() returned
};

} // namespace gtzan
