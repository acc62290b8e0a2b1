#pragma once
#include <cstdint>
#include <string>
#include <vector>

// The pipe protocol between the engine and gtzan-torchscript-runner, the process that runs a
// TorchScript model (a TorchScript file is code: it is loaded and run there, never in the window's
// or the CLI's process). Plain C++ so that the runner needs neither Qt nor the engine.
//
// Every message is a frame: a 4-byte tag, then a little-endian uint32 status (0 = fine), then
//  - status 0: a uint32 dimension count (1..kMaxDims), that many int64 sizes, then the float32
//    values in C order (a tensor), or nothing for the runner's "ready" frame (0 dimensions);
//  - status != 0: a uint32 byte count (at most kMaxMessage) and a UTF-8 message.
// The engine sends "GTZI" frames (a batch of network input), the runner answers each with a "GTZO"
// frame (the logits) and starts with one "GTZR" frame (loaded, or why not).
namespace gtzan::scripted {

constexpr char kInputTag[4] = {'G', 'T', 'Z', 'I'};
constexpr char kOutputTag[4] = {'G', 'T', 'Z', 'O'};
constexpr char kReadyTag[4] = {'G', 'T', 'Z', 'R'};
constexpr uint32_t kMaxDims = 8;
constexpr uint32_t kMaxMessage = 4096;
// No batch this protocol carries is larger: 256 segments of 512 bands x 32768 frames would be
// 16 GiB; a batch here is at most 64 segments of a model's input (ModelConfig's bounds).
constexpr uint64_t kMaxValues = uint64_t(1) << 30;

struct Frame {
    uint32_t status = 0;
    std::vector<int64_t> shape;
    std::vector<float> values;
    std::string message;
};

// Reads and writes whole frames on file descriptors; false when the pipe ended, broke or held a
// frame this protocol cannot carry (then `error` says which). readFrame's timeoutMs (< 0: none)
// bounds the wait for each part, so a model that never answers cannot hang its caller.
bool writeFrame(int fd, const char tag[4], const Frame &frame, std::string &error);
bool readFrame(int fd, const char tag[4], Frame &frame, std::string &error, int timeoutMs = -1);

} // namespace gtzan::scripted
