#include "dsp/MelSpectrogram.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "dsp/MelFilterbank.h"
#include "dsp/Scaling.h"
#include "dsp/Stft.h"
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace gtzan {

namespace {
// Filterbanks are built once per (rate, size, bands, range) and shared read-only between threads.
const MelFilterbank &filterbankFor(const FeatureSpec &spec) {
    using Key = std::tuple<int, int, int, double, double>;
    static std::mutex m;
    static std::map<Key, std::unique_ptr<MelFilterbank>> cache;
    std::lock_guard<std::mutex> lock(m);
    auto &slot = cache[Key(spec.sampleRate, spec.nFft, spec.nMels, spec.fmin, spec.fmax)];
    if (!slot) slot = std::make_unique<MelFilterbank>(spec.sampleRate, spec.nFft, spec.nMels, spec.fmin, spec.fmax);
    return *slot;
}
} // namespace

Matrix melPower(const float *samples, size_t n, const FeatureSpec &spec) {
    spec.validate();
    const MelFilterbank &bank = filterbankFor(spec);
    const int frames = n ? int(n / size_t(spec.hop)) + 1 : 0;
    Matrix mel(spec.nMels, frames);
    std::vector<float> column(static_cast<size_t>(spec.nMels));
    detail::forEachPowerFrame(samples, n, spec.nFft, spec.hop, spec.winLength, [&](int t, const float *power) {
        bank.apply(power, column.data());
        for (int m = 0; m < spec.nMels; ++m) mel.at(m, t) = column[size_t(m)];
    });
    return mel;
}

void applyScale(Matrix &mel, const FeatureSpec &spec) {
    if (spec.float16RoundTrip) roundTripFloat16(mel);
    switch (spec.scale) {
    case FeatureSpec::Scale::Decibel: powerToDb(mel, spec.dbRef, spec.dbAmin, spec.dbTopDb); break;
    case FeatureSpec::Scale::Log10Plus1: log10Plus1(mel); break;
    case FeatureSpec::Scale::Power: break;
    }
}

Matrix melFeatures(const float *samples, size_t n, const FeatureSpec &spec) {
    Matrix mel = melPower(samples, n, spec);
    applyScale(mel, spec);
    return mel;
}

Matrix melFeatures(const Audio &audio, const FeatureSpec &spec) {
    if (audio.sampleRate != spec.sampleRate)
        throw Error(QStringLiteral("Audio at %1 Hz given to features that expect %2 Hz").arg(audio.sampleRate).arg(spec.sampleRate));
    return melFeatures(audio.samples.data(), audio.samples.size(), spec);
}

} // namespace gtzan

namespace gtzan {
Matrix melFeaturesOfFile(const QString &path, const FeatureSpec &spec) {
    return melFeatures(decodeAudio(path, spec.sampleRate), spec);
}
} // namespace gtzan
