#include "tensor/TorchRuntime.h"
#include <algorithm>
#include <thread>
#include <torch/torch.h>

namespace gtzan {

int configureTorchThreads(int threads) {
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    return torch::get_num_threads();
}

const char *preferredDeviceName() { return torch::cuda::is_available() ? "cuda" : "cpu"; }

} // namespace gtzan
