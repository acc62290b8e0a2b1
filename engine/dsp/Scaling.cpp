#include "dsp/Scaling.h"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace gtzan {

void powerToDb(Matrix &power, double ref, double amin, double topDb) {
    const float refDb = float(10.0 * std::log10(std::max(amin, ref)));
    const float fAmin = float(amin);
    float peak = -std::numeric_limits<float>::infinity();
    for (float &v : power.data) {
        v = 10.0f * std::log10(std::max(fAmin, v)) - refDb;
        peak = std::max(peak, v);
    }
    if (topDb > 0) {
        const float floor = peak - float(topDb);
        for (float &v : power.data) v = std::max(v, floor);
    }
}

void log10Plus1(Matrix &power) {
    for (float &v : power.data) v = std::log10(10000.0f * v + 1.0f);
}

float roundToFloat16(float x) {
    uint32_t bits;
    std::memcpy(&bits, &x, 4);
    const uint32_t sign = bits & 0x80000000u;
    uint32_t absBits = bits & 0x7fffffffu;
    if (absBits >= 0x7f800000u) return x; // inf / nan stay
    float a;
    std::memcpy(&a, &absBits, 4);
    float r;
    if (a >= 65520.0f) {
        r = std::numeric_limits<float>::infinity(); // overflows half
    } else if (a < 6.103515625e-05f) {
        // Subnormal half: a multiple of 2^-24, round half to even.
        r = std::nearbyint(a * 16777216.0f) / 16777216.0f;
    } else {
        // Normal half: keep 10 mantissa bits, round half to even.
        const uint32_t lsb = (absBits >> 13) & 1u;
        absBits += 0x0fffu + lsb;
        absBits &= ~0x1fffu;
        std::memcpy(&r, &absBits, 4);
    }
    uint32_t rb;
    std::memcpy(&rb, &r, 4);
    rb |= sign;
    std::memcpy(&r, &rb, 4);
    return r;
}

void roundTripFloat16(Matrix &m) {
    for (float &v : m.data) v = roundToFloat16(v);
}

} // namespace gtzan
