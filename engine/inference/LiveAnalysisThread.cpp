#include "inference/LiveAnalysisThread.h"
#include "common/Error.h"
#include "inference/Predictor.h"
#include <QElapsedTimer>

namespace gtzan {

LiveAnalysisThread::LiveAnalysisThread(const QString &modelPath, int inputRate, const LiveOptions &options, Handlers handlers)
    : m_inputRate(inputRate), m_options(options), m_handlers(std::move(handlers)) {
    options.validate();
    m_thread = std::thread([this, modelPath] { run(modelPath); });
}

LiveAnalysisThread::~LiveAnalysisThread() { stop(); }

void LiveAnalysisThread::append(const float *mono, size_t count) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping) return;
        m_pending.insert(m_pending.end(), mono, mono + count);
        const size_t bound = size_t(m_options.keepSeconds * m_inputRate);
        if (m_pending.size() > bound) {
            const size_t drop = m_pending.size() - bound;
            m_pending.erase(m_pending.begin(), m_pending.begin() + long(drop));
            m_dropped += qint64(drop);
        }
    }
    m_wake.notify_one();
}

void LiveAnalysisThread::stop() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable()) m_thread.join();
}

double LiveAnalysisThread::audioSeconds() const { return double(m_fed.load()) / m_inputRate; }
double LiveAnalysisThread::cpuSeconds() const { return m_cpu.load(); }
double LiveAnalysisThread::droppedSeconds() const { return double(m_dropped.load()) / m_inputRate; }

void LiveAnalysisThread::run(QString modelPath) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    const auto stopping = [this] {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stopping;
    };
    try {
        auto analysis = std::make_unique<LiveAnalysis>(std::make_unique<Predictor>(Predictor::fromFile(modelPath)), m_inputRate, m_options);
        analysis->setClock([&sinceStart] { return double(sinceStart.nsecsElapsed()) * 1e-9; });
        if (stopping()) return;
        if (m_handlers.ready) m_handlers.ready(analysis->genres(), analysis->tagNames());
        std::vector<float> chunk;
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
                if (m_stopping) return;
                chunk.swap(m_pending);
                m_pending.clear();
            }
            // Everything that waited goes in at once: the next answer is about the newest audio.
            analysis->append(chunk.data(), chunk.size());
            m_fed += qint64(chunk.size());
            chunk.clear();
            while (std::optional<LiveUpdate> u = analysis->next()) {
                m_cpu = m_cpu.load() + u->cpuSeconds;
                if (stopping()) return;
                if (m_handlers.update) m_handlers.update(*u);
            }
        }
    } catch (const Error &e) {
        if (!stopping() && m_handlers.failed) m_handlers.failed(e.message());
    } catch (const std::exception &e) {
        if (!stopping() && m_handlers.failed) m_handlers.failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace gtzan
