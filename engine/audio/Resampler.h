#pragma once
#include <memory>
#include <vector>

namespace gtzan {

// Streaming mono resampler on libsoxr at high quality (SOXR_HQ), so a long file can be
// converted chunk by chunk. Equal rates pass through untouched.
class Resampler {
public:
    Resampler(double inRate, double outRate); // throws gtzan::Error
    ~Resampler();
    Resampler(const Resampler &) = delete;
    Resampler &operator=(const Resampler &) = delete;

    // Appends the output that the given input makes available to `out`.
    void process(const float *in, size_t n, std::vector<float> &out);
    // Appends the tail that is still inside the filter; call once at the end.
    void flush(std::vector<float> &out);

    bool passthrough() const { return m_passthrough; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_passthrough = false;
};

// One-shot convenience for a whole buffer.
std::vector<float> resample(const std::vector<float> &in, double inRate, double outRate);

} // namespace gtzan
