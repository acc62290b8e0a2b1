#include "augment/SeededRandom.h"

namespace gtzan {

std::uint64_t deriveSeed(std::uint64_t seed, const QString &key, std::uint64_t index) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    const QByteArray bytes = key.toUtf8();
    for (char c : bytes) {
        h ^= std::uint8_t(c);
        h *= 0x100000001B3ull;
    }
    SeededRandom mix(seed ^ (h * 0x9E3779B97F4A7C15ull) ^ (index * 0xD1B54A32D192ED03ull));
    mix.next();
    return mix.next();
}

} // namespace gtzan
