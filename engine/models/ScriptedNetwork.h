#pragma once
#include <QString>
#include <memory>
#include <mutex>
#include <torch/torch.h>

namespace gtzan {

// A TorchScript model running in gtzan-torchscript-runner, a process of its own (the file is code
// from a notebook; see app/torchscript-runner/main.cpp). logits() sends a batch over a pipe and
// checks what comes back: B x numClasses finite values, within a time limit. Thread-safe: one
// network may serve several Predictors (one call at a time). The process ends with this object.
class ScriptedNetwork {
public:
    // Starts the runner and waits for it to load `path`; throws gtzan::Error with the reason
    // (a damaged or hostile file, the runner missing or crashing). numClasses: what the model's
    // sidecar promises, checked on every answer.
    ScriptedNetwork(const QString &path, int numClasses, int threads);
    ~ScriptedNetwork();
    ScriptedNetwork(const ScriptedNetwork &) = delete;
    ScriptedNetwork &operator=(const ScriptedNetwork &) = delete;

    torch::Tensor logits(const torch::Tensor &batch); // throws gtzan::Error
    const QString &path() const { return m_path; }
    // How long one batch may take before the process is stopped and the call fails.
    static constexpr int kAnswerTimeoutMs = 120000;

private:
    [[noreturn]] void failed(const QString &what);
    void stop();
    QString m_path;
    int m_numClasses = 0;
    int m_pid = -1;
    int m_socket = -1; // our end of the socket pair; the runner's stdin and stdout are the other
    std::mutex m_mutex;
};

} // namespace gtzan
