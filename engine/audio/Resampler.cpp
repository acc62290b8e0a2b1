#include "audio/Resampler.h"
#include "common/Error.h"
#include <algorithm>
#include <cmath>
#include <soxr.h>

namespace gtzan {

struct Resampler::Impl {
    soxr_t soxr = nullptr;
    double ratio = 1.0;
};

Resampler::Resampler(double inRate, double outRate) : m_impl(std::make_unique<Impl>()) {
    if (inRate <= 0 || outRate <= 0) throw Error(QStringLiteral("Cannot resample from %1 Hz to %2 Hz").arg(inRate).arg(outRate));
    m_passthrough = inRate == outRate;
    if (m_passthrough) return;
    m_impl->ratio = outRate / inRate;
    soxr_error_t err = nullptr;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1); // parallelism comes from our own workers
    m_impl->soxr = soxr_create(inRate, outRate, 1, &err, &io, &quality, &runtime);
    if (err || !m_impl->soxr)
        throw Error(QStringLiteral("The resampler could not be set up for %1 -> %2 Hz: %3")
                        .arg(inRate)
                        .arg(outRate)
                        .arg(QString::fromLatin1(err ? err : "unknown error")));
}

Resampler::~Resampler() {
    if (m_impl && m_impl->soxr) soxr_delete(m_impl->soxr);
}

void Resampler::process(const float *in, size_t n, std::vector<float> &out) {
    if (m_passthrough) {
        out.insert(out.end(), in, in + n);
        return;
    }
    // soxr is several times slower when handed a whole clip at once than when fed pieces of
    // about 16 k samples (measured: 25 ms vs 5 ms of CPU for 30 s at 22.05 kHz), so feed it pieces.
    constexpr size_t kPiece = 16384;
    if (n == 0) { // flushing: drain until soxr has nothing left
        for (;;) {
            const size_t before = out.size();
            out.resize(before + kPiece);
            size_t idone = 0, odone = 0;
            const soxr_error_t err = soxr_process(m_impl->soxr, nullptr, 0, &idone, out.data() + before, kPiece, &odone);
            out.resize(before + odone);
            if (err) throw Error(QStringLiteral("Resampling failed: %1").arg(QString::fromLatin1(err)));
            if (odone == 0) return;
        }
    }
    size_t consumed = 0;
    while (consumed < n) {
        const size_t piece = std::min(kPiece, n - consumed);
        const size_t room = size_t(std::ceil(double(piece) * m_impl->ratio)) + 256;
        const size_t before = out.size();
        out.resize(before + room);
        size_t idone = 0, odone = 0;
        const soxr_error_t err = soxr_process(m_impl->soxr, in + consumed, piece, &idone, out.data() + before, room, &odone);
        out.resize(before + odone);
        if (err) throw Error(QStringLiteral("Resampling failed: %1").arg(QString::fromLatin1(err)));
        consumed += idone;
        if (idone == 0 && odone == 0) break; // cannot happen with room to spare; never spin
    }
}

void Resampler::flush(std::vector<float> &out) {
    if (m_passthrough) return;
    process(nullptr, 0, out);
}

std::vector<float> resample(const std::vector<float> &in, double inRate, double outRate) {
    Resampler r(inRate, outRate);
    std::vector<float> out;
    out.reserve(size_t(std::ceil(double(in.size()) * outRate / inRate)) + 16);
    r.process(in.data(), in.size(), out);
    r.flush(out);
    return out;
}

} // namespace gtzan
