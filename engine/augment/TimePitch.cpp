#include "augment/TimePitch.h"
#include "common/Error.h"
#include <algorithm>
#include <cmath>
#include <rubberband/RubberBandStretcher.h>

namespace gtzan {

namespace {

// Runs Rubber Band's offline mode over the whole signal. Threading is off: the data set
// engine already runs one clip per worker.
Audio runRubberBand(const Audio &in, double timeRatio, double pitchScale) {
    using RB = RubberBand::RubberBandStretcher;
    Audio out;
    out.sampleRate = in.sampleRate;
    if (in.samples.empty()) return out;
    const size_t n = in.samples.size();
    const size_t block = 4096;
    RB rb(size_t(in.sampleRate), 1, RB::OptionProcessOffline | RB::OptionThreadingNever | RB::OptionEngineFaster | RB::OptionPitchHighQuality,
          timeRatio, pitchScale);
    rb.setExpectedInputDuration(n);
    rb.setMaxProcessSize(block);
    const float *data = in.samples.data();
    for (size_t pos = 0; pos < n; pos += block) {
        const float *p = data + pos;
        const size_t len = std::min(block, n - pos);
        rb.study(&p, len, pos + len >= n);
    }
    out.samples.reserve(size_t(std::ceil(double(n) * timeRatio)) + block);
    std::vector<float> buf(block);
    auto drain = [&] {
        for (int avail = rb.available(); avail > 0; avail = rb.available()) {
            const size_t want = std::min(size_t(avail), block);
            float *b = buf.data();
            const size_t got = rb.retrieve(&b, want);
            out.samples.insert(out.samples.end(), buf.begin(), buf.begin() + long(got));
        }
    };
    for (size_t pos = 0; pos < n; pos += block) {
        const float *p = data + pos;
        const size_t len = std::min(block, n - pos);
        rb.process(&p, len, pos + len >= n);
        drain();
    }
    while (rb.available() >= 0) { // -1 once everything is retrieved
        if (rb.available() == 0) break;
        drain();
    }
    return out;
}

} // namespace

Audio timeStretch(const Audio &audio, double rate) {
    if (!(rate >= 0.5 && rate <= 2.0)) throw Error(QStringLiteral("Time stretch rate %1 is outside 0.5-2.0").arg(rate));
    if (rate == 1.0) return audio;
    return runRubberBand(audio, 1.0 / rate, 1.0);
}

Audio pitchShift(const Audio &audio, double semitones) {
    if (!(std::fabs(semitones) <= 12.0)) throw Error(QStringLiteral("Pitch shift of %1 semitones is outside -12..12").arg(semitones));
    if (semitones == 0.0) return audio;
    return runRubberBand(audio, 1.0, std::pow(2.0, semitones / 12.0));
}

} // namespace gtzan
