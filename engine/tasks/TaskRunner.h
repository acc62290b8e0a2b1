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
#include <vector>

class QThreadPool;

namespace gtzan {

// Why a task gave no result.
struct TaskError {
    QString message;        // for a person (English, as every engine message): the exception's text
    bool cancelled = false; // stopped on request (cancel, cancelAll, shutdown), not a failure
    bool refused = false;   // a heavy job started with WhenBusy::Refuse while another heavy job ran: it never ran
    QString busyWith;       // when refused: the title of the heavy job that runs (the caller's words, translated)
};

// Light jobs (the default: decoding, a prediction, a spectrogram) run as soon as a thread is free.
// Heavy jobs (training, experiments, studies, maps) each take the whole machine, so they run one
// at a time across the application: two trainings side by side take as long as one after the
// other, but each would report half the speed and hold twice the memory.
enum class JobClass { Light, Heavy };
// What a heavy job does when another heavy job runs: wait for it (and be cancellable meanwhile),
// or not start at all, the reason naming the job that runs.
enum class WhenBusy { Queue, Refuse };

struct JobOptions {
    JobClass jobClass = JobClass::Light;
    QString title; // for a person (the caller translates it); a job with a title is listed by jobs()
    WhenBusy whenBusy = WhenBusy::Queue;
    static JobOptions heavy(const QString &title, WhenBusy whenBusy = WhenBusy::Queue) { return JobOptions{JobClass::Heavy, title, whenBusy}; }
};

// One listed job, as the job list shows it.
struct JobInfo {
    enum class State { Queued, Running };
    quint64 id = 0;
    QString title;
    JobClass jobClass = JobClass::Light;
    State state = State::Running;
    bool cancelling = false; // cancelled or superseded, its work not yet returned
    double fraction = -1;    // the last progress reported; < 0: none or busy
    QString text;            // the last progress text
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
// - shutdown: cancels everything and waits a bounded time, never for a long computation;
// - heavy jobs (JobOptions): one at a time across the runner. A heavy job started while another
//   runs waits in a queue (first come, first served; isRunning() is true; cancel() removes it, and
//   its onError gets {cancelled = true} without it ever running) or is refused (WhenBusy::Refuse:
//   start() returns 0 and onError gets {refused = true, busyWith = the running job's title}).
//   A superseded heavy job keeps its place until its work has returned: its successor waits for it
//   (refused never), so the machine never holds two.
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
        return startErased(owner, kind, JobOptions{}, erase<R>(std::move(work), std::move(onResult)), std::move(onError), std::move(onProgress));
    }
    // The same, as a job of a class and with a title (see JobOptions).
    template <typename R>
    TaskId start(QObject *owner, const QString &kind, const JobOptions &options, std::function<R(TaskContext &)> work,
                 typename detail::ResultCallback<R>::type onResult, ErrorCallback onError = {}, ProgressCallback onProgress = {}) {
        return startErased(owner, kind, options, erase<R>(std::move(work), std::move(onResult)), std::move(onError), std::move(onProgress));
    }

    void cancel(const QObject *owner, const QString &kind);
    void cancel(TaskId id); // the job list's Cancel: whichever task has this id, queued or running
    void cancelAll(const QObject *owner);
    // From start() until its last callback has been handled (or dropped): a cancelled task stays
    // running until its work has returned; a superseded one is replaced by the newer at once.
    bool isRunning(const QObject *owner, const QString &kind) const;

    // The jobs with a title, running first, then queued in the order they will start; each in the
    // order they were started. jobsChanged() tells when this list (or a job's progress) changes.
    std::vector<JobInfo> jobs() const;
    // The heavy job that holds the machine now, if any (id 0 when none).
    JobInfo runningHeavyJob() const;

    // Cancels every task, waits at most msecs for the work functions to return, and refuses new
    // tasks. Nothing is delivered afterwards. Returns false when some work was still running
    // (it is left to end by itself: the process may exit under it rather than hang).
    bool shutdown(int msecs = kDefaultShutdownMs);
    // For tests: waits until no work function runs (their last callbacks may still be queued,
    // see QCoreApplication::sendPostedEvents). Never call it from a GUI handler.
    bool waitForDone(int msecs);

Q_SIGNALS:
    void jobsChanged();

private:
    using ErasedWork = std::function<std::function<void()>(TaskContext &)>;
    friend class TaskContext;

    // The work and its result callback as one function of the context that returns the delivery.
    template <typename R> static ErasedWork erase(std::function<R(TaskContext &)> work, typename detail::ResultCallback<R>::type onResult) {
        return [work = std::move(work), onResult = std::move(onResult)](TaskContext &context) -> std::function<void()> {
            if constexpr (std::is_void_v<R>) {
                work(context);
                return onResult;
            } else {
                auto value = std::make_shared<R>(work(context));
                return [onResult, value] {
                    if (onResult) onResult(std::move(*value));
                };
            }
        };
    }
    TaskId startErased(QObject *owner, const QString &kind, const JobOptions &options, ErasedWork work, ErrorCallback onError,
                       ProgressCallback onProgress);
    // Static: a worker that outlives a shutdown that timed out must not touch the runner.
    static void runOnWorker(const std::shared_ptr<detail::TaskState> &task, const ErasedWork &work);
    static void finish(const std::shared_ptr<detail::TaskState> &task, bool ok, const std::function<void()> &deliver, const TaskError &error);
    void forget(const QObject *owner); // the owner is being destroyed
    static void post(const std::shared_ptr<detail::TaskState> &task, std::function<void()> fn);
    void cancelTask(const std::shared_ptr<detail::TaskState> &task);
    void dequeue(const std::shared_ptr<detail::TaskState> &task);
    void launch(const std::shared_ptr<detail::TaskState> &task); // hands its work to the pool
    void runHeavy(const std::shared_ptr<detail::TaskState> &task);
    void startNextHeavy(); // when the heavy slot is free
    void refuse(QObject *owner, const JobOptions &options, ErrorCallback onError);
    void jobEnded(const std::shared_ptr<detail::TaskState> &task); // on the runner's thread, once its work returned
    static bool listed(const detail::TaskState &task);

    QThreadPool *m_pool; // owned, except when shutdown timed out (then deliberately leaked)
    std::shared_ptr<detail::Mailbox> m_mailbox;
    std::map<std::pair<const QObject *, QString>, std::shared_ptr<detail::TaskState>> m_tasks; // the current task per (owner, kind)
    std::set<const QObject *> m_owners;                                                        // connected to: their destroyed() cancels their tasks
    std::shared_ptr<detail::TaskState> m_heavyRunning;                                         // holds the machine until its work returns
    std::vector<std::shared_ptr<detail::TaskState>> m_heavyQueue;                              // waiting for it, first to start first
    TaskId m_nextId = 1;
    bool m_shutDown = false;
    bool m_stoppedInTime = true; // what shutdown() returned
};

} // namespace gtzan
