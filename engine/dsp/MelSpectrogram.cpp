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
// Streams: only about a second of decoded audio is held besides the mel frames themselves, so a
// 2-hour file never holds its whole signal. Every frame is computed from exactly the samples
// (and the reflect padding at both ends) melFeatures() would use, by the same FFT code, so the
// result is the same value for value; the dB scale (top_db needs the file's peak) comes at the end.
Matrix melFeaturesOfFile(const QString &path, const FeatureSpec &spec) {
    spec.validate();
    const MelFilterbank &bank = filterbankFor(spec);
    const int nFft = spec.nFft, hop = spec.hop;
    const long long pad = nFft / 2;
    const std::vector<float> &window = detail::cachedHann(spec.winLength, nFft);
    std::vector<float> head;   // x[0 .. pad]: the reflect padding at the start
    std::vector<float> buffer; // x[bufferStart ..]
    long long bufferStart = 0, total = 0;
    long long nextFrame = 0;
    std::vector<float> melFrames; // frame-major, nMels per frame
    std::unique_ptr<detail::FftWorkspace> fft;
    std::vector<float> power(size_t(nFft / 2 + 1)), column(size_t(spec.nMels));
    // Frame t from x via `sample(i)` (i may be negative or past the end: the caller reflects).
    auto computeFrame = [&](long long t, const auto &sample) {
        if (!fft) fft = std::make_unique<detail::FftWorkspace>(nFft);
        float *in = fft->input();
        const long long start = t * hop - pad;
        for (int i = 0; i < nFft; ++i) in[i] = sample(start + i) * window[size_t(i)];
        fft->powerSpectrum(power.data());
        bank.apply(power.data(), column.data());
        melFrames.insert(melFrames.end(), column.begin(), column.end());
    };
    auto inside = [&](long long i) { // i < 0 reflects to -i (numpy 'reflect'); never past what is decoded
        return i < 0 ? head[size_t(-i)] : buffer[size_t(i - bufferStart)];
    };
    DecodeOptions options;
    options.targetRate = spec.sampleRate;
    decodeAudioStream(path, options, [&](const float *samples, size_t count) {
        buffer.insert(buffer.end(), samples, samples + count);
        total += (long long)count;
        if (head.size() < size_t(pad + 1))
            for (long long i = (long long)head.size(); i <= pad && i < total; ++i) head.push_back(buffer[size_t(i - bufferStart)]);
        // Frames whose window lies within what is decoded (and, at the start, within the head).
        // Short files are left to the whole-signal path below (its periodic reflection).
        if (total < 8LL * nFft) return true;
        while (nextFrame * hop - pad + nFft <= total) computeFrame(nextFrame++, inside);
        // Keep a window's length more than the next frame needs: the last frames reflect back into it.
        const long long keepFrom = std::max(0LL, nextFrame * hop - pad - nFft);
        if (keepFrom - bufferStart > 4LL * nFft) {
            buffer.erase(buffer.begin(), buffer.begin() + (keepFrom - bufferStart));
            bufferStart = keepFrom;
        }
        return true;
    });
    Matrix mel;
    if (total < 8LL * nFft) {
        Audio whole;
        whole.sampleRate = spec.sampleRate;
        whole.samples = std::move(buffer);
        return melFeatures(whole, spec);
    }
    // The frames that reach past the end: reflect there, as melPower does.
    const long long frames = total / hop + 1;
    const auto atEnd = [&](long long i) { return buffer[size_t((long long)detail::reflectIndex(i, size_t(total)) - bufferStart)]; };
    while (nextFrame < frames) computeFrame(nextFrame++, atEnd);
    mel = Matrix(spec.nMels, int(frames));
    for (long long t = 0; t < frames; ++t)
        for (int m = 0; m < spec.nMels; ++m) mel.at(m, int(t)) = melFrames[size_t(t) * size_t(spec.nMels) + size_t(m)];
    applyScale(mel, spec);
    return mel;
}
} // namespace gtzan
