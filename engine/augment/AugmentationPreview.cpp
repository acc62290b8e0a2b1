#include "augment/AugmentationPreview.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

std::optional<Audio> renderAugmentationAround(const AugmentationDraw &draw, const Audio &original, double fromSeconds, double seconds) {
    if (!draw.stretchRate && !draw.pitchSemitones) return std::nullopt;
    if (draw.shiftSeconds || original.sampleRate <= 0 || original.samples.empty() || seconds <= 0) return std::nullopt;
    constexpr double kPreRollSeconds = 0.3;
    const double rate = draw.stretchRate.value_or(1.0); // output second t plays original second t * rate
    const int sr = original.sampleRate;
    const qint64 inLength = qint64(original.samples.size());
    const qint64 outLength = qint64(std::llround(double(inLength) / rate));
    const double from = std::clamp(fromSeconds, 0.0, double(outLength) / sr);
    const qint64 inFrom = std::max<qint64>(0, qint64((from - kPreRollSeconds) * rate * sr));
    const qint64 inTo = std::min(inLength, qint64((from + seconds) * rate * sr) + sr / 10);
    if (inTo <= inFrom) return std::nullopt;
    Audio part;
    part.sampleRate = sr;
    part.samples.assign(original.samples.begin() + inFrom, original.samples.begin() + inTo);
    AugmentationDraw partDraw = draw;
    partDraw.shiftSeconds.reset();
    const Audio rendered = applyWaveformDraw(partDraw, part);
    Audio out;
    out.sampleRate = sr;
    out.samples.assign(size_t(outLength), 0.0f);
    // Output sample i is original time i / sr * rate; the part starts at original sample inFrom,
    // i.e. at output sample inFrom / rate.
    const qint64 partStart = qint64(std::llround(double(inFrom) / rate));
    const qint64 first = qint64(from * sr), last = std::min(outLength, qint64((from + seconds) * sr));
    for (qint64 i = first; i < last; ++i) {
        const qint64 k = i - partStart;
        if (k >= 0 && k < qint64(rendered.samples.size())) out.samples[size_t(i)] = rendered.samples[size_t(k)];
    }
    return out;
}

} // namespace gtzan
