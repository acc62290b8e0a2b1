#pragma once
#include <QString>
#include <cmath>
#include <cstdint>

namespace gtzan {

// A random source whose output is fixed by its seed on every platform and compiler: the
// standard library's distributions are implementation-defined, so augmentation draws,
// splits and shuffles use these instead (same seed -> same audio, bit for bit).
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}

    // splitmix64: small, fast and well mixed; every seed (even 0) is fine.
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n) (n > 0), without modulo bias worth mentioning for n << 2^64.
    std::uint64_t below(std::uint64_t n) { return n ? next() % n : 0; }
    // Standard normal by Box-Muller (one value per call; simple and deterministic).
    double normal() {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    // Fisher-Yates shuffle of any random-access container.
    template <typename C> void shuffle(C &c) {
        for (qsizetype i = qsizetype(c.size()) - 1; i > 0; --i) {
            const qsizetype j = qsizetype(below(std::uint64_t(i) + 1));
            std::swap(c[i], c[j]);
        }
    }

private:
    std::uint64_t m_state;
};

// Derives independent seeds from a base seed and a text key plus an index (FNV-1a of the
// key, mixed), so a clip's draw never depends on which thread or in which order it was made.
std::uint64_t deriveSeed(std::uint64_t seed, const QString &key, std::uint64_t index = 0);

} // namespace gtzan
