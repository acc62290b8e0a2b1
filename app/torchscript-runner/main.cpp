// gtzan-torchscript-runner FILE.pt [THREADS]: loads a TorchScript model (torch.jit.save's file)
// and answers batches over stdin/stdout (engine/models/ScriptedProtocol.h). A TorchScript file is
// code a notebook wrote: it runs here, in a process of its own with bounded memory and no right to
// write files, so a hostile or broken one can crash or stall only this process; the engine then
// reports it and stops this process.
#include "models/ScriptedProtocol.h"
#include <ATen/Parallel.h>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/script.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GTZAN_RUNNER_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GTZAN_RUNNER_SANITIZED 1
#endif

namespace {

using gtzan::scripted::Frame;

// 8 GiB of address space: a ResNet-101 on a batch of 64 segments needs about 2; LibTorch reserves
// more than it touches. No file may be written (size limit 0) and few may be open.
void limitResources() {
#ifndef GTZAN_RUNNER_SANITIZED // ASan reserves terabytes of shadow memory
    const rlim_t memory = rlim_t(8) << 30;
    const rlimit as{memory, memory};
    setrlimit(RLIMIT_AS, &as);
#endif
    const rlimit noFiles{0, 0};
    setrlimit(RLIMIT_FSIZE, &noFiles);
    const rlimit fewDescriptors{64, 64};
    setrlimit(RLIMIT_NOFILE, &fewDescriptors);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
}

// The line of LibTorch's message a person can use: the first (the rest is a C++ stack), except
// for an error raised in the model's own code, which the interpreter puts last, after its
// TorchScript traceback.
std::string usefulLine(const std::string &s) {
    const std::string first = s.substr(0, s.find('\n'));
    if (first.rfind("The following operation failed in the TorchScript interpreter", 0) != 0) return first;
    size_t end = s.find_last_not_of(" \n");
    if (end == std::string::npos) return first;
    const size_t start = s.rfind('\n', end);
    return s.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

bool reply(const char tag[4], Frame frame) {
    std::string error;
    return gtzan::scripted::writeFrame(STDOUT_FILENO, tag, frame, error);
}

bool fail(const char tag[4], const std::string &message) {
    Frame f;
    f.status = 1;
    f.message = message;
    return reply(tag, f);
}

} // namespace

int main(int argc, char **argv) {
    limitResources();
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: gtzan-torchscript-runner FILE.pt [THREADS] (speaks engine/models/ScriptedProtocol.h on stdin/stdout)\n");
        return 2;
    }
    if (argc == 3) at::set_num_threads(std::max(1, std::atoi(argv[2])));
    // The profiling executor re-specialises a graph for every new batch size (a file's last batch
    // is smaller) and spends its first runs profiling: for a forward-only conv net that is time
    // lost per file. The plain interpreter runs the same operators.
    torch::jit::setGraphExecutorOptimize(false);
    torch::jit::script::Module module;
    try {
        module = torch::jit::load(argv[1], torch::kCPU);
        module.eval();
    } catch (const std::exception &e) {
        fail(gtzan::scripted::kReadyTag, "not a TorchScript model this LibTorch can load: " + usefulLine(e.what()));
        return 0;
    }
    if (!reply(gtzan::scripted::kReadyTag, Frame{})) return 1;
    torch::NoGradGuard noGrad;
    for (;;) {
        Frame in;
        std::string error;
        if (!gtzan::scripted::readFrame(STDIN_FILENO, gtzan::scripted::kInputTag, in, error)) return 0; // the engine closed the pipe
        try {
            const torch::Tensor x = torch::from_blob(in.values.data(), in.shape, torch::kFloat32);
            const torch::IValue result = module.forward({x});
            if (!result.isTensor()) {
                if (!fail(gtzan::scripted::kOutputTag, "the model's forward returned " + result.tagKind() + ", not a tensor")) return 1;
                continue;
            }
            const torch::Tensor y = result.toTensor().to(torch::kCPU, torch::kFloat32).contiguous();
            Frame out;
            out.shape = y.sizes().vec();
            out.values.assign(y.data_ptr<float>(), y.data_ptr<float>() + y.numel());
            if (!reply(gtzan::scripted::kOutputTag, std::move(out))) return 1;
        } catch (const std::exception &e) {
            if (!fail(gtzan::scripted::kOutputTag, "the model's forward failed: " + usefulLine(e.what()))) return 1;
        }
    }
}
