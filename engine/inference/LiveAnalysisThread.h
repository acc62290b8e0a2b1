#pragma once
#include "inference/LiveAnalysis.h"
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace gtzan {

// A LiveAnalysis on a thread of its own, so that whoever captures the sound (the GUI thread, the
// CLI's event loop) never waits for the network: it appends samples and gets answers back through
// the handlers, which are called on the analysis thread (post them on with a queued call). The
// model is loaded there too, so the first second of sound is already being kept while it loads.
// When the analysis falls behind, it answers about the newest audio (an answer about sound long
// gone is no live answer) and what waits is bounded to keepSeconds.
class LiveAnalysisThread {
public:
    struct Handlers {
        std::function<void(const QStringList &genres, const QStringList &tagNames)> ready; // the model is loaded
        std::function<void(const LiveUpdate &update)> update;
        std::function<void(const QString &message)> failed; // the analysis has stopped: the model did not load, or an answer failed
    };

    LiveAnalysisThread(const QString &modelPath, int inputRate, const LiveOptions &options, Handlers handlers);
    ~LiveAnalysisThread(); // stop()
    LiveAnalysisThread(const LiveAnalysisThread &) = delete;
    LiveAnalysisThread &operator=(const LiveAnalysisThread &) = delete;

    void append(const float *mono, size_t count); // any thread
    void stop();                                  // waits for the answer under way; no handler is called after it

    double audioSeconds() const;   // audio handed to the analysis
    double cpuSeconds() const;     // CPU time the analysis thread spent answering (loading the model not counted)
    double droppedSeconds() const; // audio dropped because the analysis fell behind

private:
    void run(QString modelPath);

    const int m_inputRate;
    const LiveOptions m_options;
    Handlers m_handlers;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<float> m_pending;
    bool m_stopping = false;
    std::atomic<qint64> m_fed{0}, m_dropped{0};
    std::atomic<double> m_cpu{0};
    std::thread m_thread;
};

} // namespace gtzan
