#include "app/cli/CliInterrupt.h"

namespace gtzan {
namespace cli {

namespace {
std::atomic_bool g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted.store(true); }
} // namespace

const std::atomic_bool *interruptFlag() { return &g_interrupted; }

InterruptGuard::InterruptGuard(std::initializer_list<int> signals) : m_signals(signals) {
    for (int s : m_signals) std::signal(s, onInterrupt);
}

InterruptGuard::~InterruptGuard() {
    for (int s : m_signals) std::signal(s, SIG_DFL);
}

} // namespace cli
} // namespace gtzan
