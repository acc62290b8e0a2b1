#include "models/ScriptedNetwork.h"
#include "common/Error.h"
#include "common/HelperPrograms.h"
#include "models/ScriptedProtocol.h"
#include <QFile>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace gtzan {

namespace {
// Loading a large model (a ResNet-101 is 170 MB) takes a few seconds; a file that has not loaded
// in a minute is not a model this program can use.
constexpr int kLoadTimeoutMs = 60000;
} // namespace

ScriptedNetwork::ScriptedNetwork(const QString &path, int numClasses, int threads) : m_path(path), m_numClasses(numClasses) {
    const QString runner = helperProgramPath(QStringLiteral("gtzan-torchscript-runner")); // throws, naming where it looked
    // One socket pair: the engine's end writes batches and reads answers; the runner's end is its
    // stdin and stdout. A socket, not pipes, so that writing to a runner that crashed fails
    // instead of raising SIGPIPE in the engine (see ScriptedProtocol.cpp).
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        throw Error(QStringLiteral("%1: no socket for the model's process").arg(path));
    // stderr (LibTorch's warnings, a
    // crash report) goes nowhere: the engine says what went wrong in its own words.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const QByteArray program = QFile::encodeName(runner), file = QFile::encodeName(path), threadText = QByteArray::number(std::max(1, threads));
    char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>(file.constData()), const_cast<char *>(threadText.constData()),
                    nullptr};
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(ends[1]);
    m_socket = ends[0];
    if (spawned != 0) {
        stop();
        throw Error(QStringLiteral("%1: could not start %2").arg(path, runner));
    }
    m_pid = pid;
    scripted::Frame ready;
    std::string error;
    if (!scripted::readFrame(m_socket, scripted::kReadyTag, ready, error, kLoadTimeoutMs))
        failed(QStringLiteral("the TorchScript file could not be loaded (its loader %1): the file is damaged or not a model")
                   .arg(error == "the other side ended" ? QStringLiteral("crashed") : QString::fromStdString(error)));
    if (ready.status != 0) failed(QString::fromStdString(ready.message));
}

ScriptedNetwork::~ScriptedNetwork() { stop(); }

void ScriptedNetwork::stop() {
    if (m_socket >= 0) ::close(m_socket); // the runner's read ends, and with it the runner
    m_socket = -1;
    if (m_pid > 0) {
        // A runner busy in a forward pass would not see the closed pipe: it has had its chance.
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {}
    }
    m_pid = -1;
}

void ScriptedNetwork::failed(const QString &what) {
    stop();
    throw Error(QStringLiteral("%1: %2").arg(m_path, what));
}

torch::Tensor ScriptedNetwork::logits(const torch::Tensor &batch) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_pid <= 0) throw Error(QStringLiteral("%1: the model's process has ended after an earlier failure; open the model again").arg(m_path));
    const torch::Tensor x = batch.to(torch::kCPU, torch::kFloat32).contiguous();
    scripted::Frame request;
    request.shape = x.sizes().vec();
    request.values.assign(x.data_ptr<float>(), x.data_ptr<float>() + x.numel());
    std::string error;
    if (!scripted::writeFrame(m_socket, scripted::kInputTag, request, error))
        failed(QStringLiteral("the model's process ended (%1)").arg(QString::fromStdString(error)));
    scripted::Frame answer;
    if (!scripted::readFrame(m_socket, scripted::kOutputTag, answer, error, kAnswerTimeoutMs))
        failed(error == "the other side ended" ? QStringLiteral("the model crashed its process on a batch of %1 x %2 x %3")
                                                     .arg(request.shape.size() > 0 ? request.shape[0] : 0)
                                                     .arg(request.shape.size() > 1 ? request.shape[1] : 0)
                                                     .arg(request.shape.size() > 2 ? request.shape[2] : 0)
                                               : QStringLiteral("the model gave no usable answer: %1").arg(QString::fromStdString(error)));
    if (answer.status != 0) throw Error(QStringLiteral("%1: %2").arg(m_path, QString::fromStdString(answer.message)));
    const int64_t rows = request.shape.empty() ? 0 : request.shape[0];
    if (answer.shape.size() != 2 || answer.shape[0] != rows || answer.shape[1] != m_numClasses)
        throw Error(
            QStringLiteral("%1: the model answered a batch of %2 with %3 values per row; its sidecar promises %4 genres (logits of shape %2 x %4)")
                .arg(m_path)
                .arg(rows)
                .arg(answer.shape.size() == 2 ? answer.shape[1] : -1)
                .arg(m_numClasses));
    for (float v : answer.values)
        if (!std::isfinite(v)) throw Error(QStringLiteral("%1: the model answered with a value that is not a number").arg(m_path));
    return torch::from_blob(answer.values.data(), {answer.shape[0], answer.shape[1]}, torch::kFloat32).clone();
}

} // namespace gtzan
