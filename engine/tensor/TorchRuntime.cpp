#include "tensor/TorchRuntime.h"
#include "tensor/ComputeDevice.h"
#include <algorithm>
#include <atomic>
#include <cctype>
#include <thread>

namespace gtzan {

namespace {
// -1: not chosen yet (auto on first use); 0: CPU; 1: CUDA.
std::atomic_int g_device{-1};

bool cudaUsable() { return torch::cuda::is_available(); }
} // namespace

int configureTorchThreads(int threads) {
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    return torch::get_num_threads();
}

const char *preferredDeviceName() { return cudaUsable() ? "cuda" : "cpu"; }

bool parseDeviceChoice(const std::string &name, DeviceChoice &choice) {
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (n == "auto") choice = DeviceChoice::Auto;
    else if (n == "cpu") choice = DeviceChoice::Cpu;
    else if (n == "cuda") choice = DeviceChoice::Cuda;
    else return false;
    return true;
}

const char *deviceChoiceName(DeviceChoice choice) {
    switch (choice) {
    case DeviceChoice::Auto: return "auto";
    case DeviceChoice::Cpu: return "cpu";
    case DeviceChoice::Cuda: return "cuda";
    }
    return "auto";
}

bool selectComputeDevice(DeviceChoice choice) {
    switch (choice) {
    case DeviceChoice::Cpu: g_device = 0; return true;
    case DeviceChoice::Cuda:
        if (!cudaUsable()) return false;
        g_device = 1;
        return true;
    case DeviceChoice::Auto: g_device = cudaUsable() ? 1 : 0; return true;
    }
    return false;
}

const char *activeDeviceName() { return computeDevice().is_cuda() ? "cuda" : "cpu"; }

torch::Device computeDevice() {
    if (g_device.load() < 0) selectComputeDevice(DeviceChoice::Auto);
    return g_device.load() == 1 ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

torch::Device deviceOf(const torch::nn::Module &module) {
    const auto parameters = module.parameters();
    return parameters.empty() ? torch::Device(torch::kCPU) : parameters.front().device();
}

} // namespace gtzan
