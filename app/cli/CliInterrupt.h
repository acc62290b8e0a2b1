#pragma once
#include <atomic>
#include <csignal>
#include <initializer_list>
#include <vector>

namespace gtzan {
namespace cli {

// Ctrl+C for the long commands (train, leakage, suspects, sweep, reproduce): while an
// InterruptGuard lives, the signals it names set interruptFlag() instead of ending the process,
// so the engine's work (which polls the flag) stops within a batch and keeps what it has; the
// default handlers come back when the guard goes.
const std::atomic_bool *interruptFlag();

class InterruptGuard {
public:
    explicit InterruptGuard(std::initializer_list<int> signals = {SIGINT});
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    std::vector<int> m_signals;
};

} // namespace cli
} // namespace gtzan
