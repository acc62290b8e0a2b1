#include "augment/WaveformAugment.h"
#include "augment/SeededRandom.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

void addNoise(Audio &audio, double snrDb, std::uint64_t seed) {
    auto &x = audio.samples;
    if (x.empty()) return;
    double signalPower = 0;
    for (float v : x) signalPower += double(v) * v;
    signalPower /= double(x.size());
    if (signalPower <= 0) return;

    SeededRandom rng(seed);
    std::vector<double> noise(x.size());
    double noisePower = 0;
    for (double &n : noise) {
        n = rng.normal();
        noisePower += n * n;
    }
    noisePower /= double(noise.size());
    // Scale the drawn noise to the exact target power, so the SNR holds for short signals too.
    const double scale = std::sqrt(signalPower / std::pow(10.0, snrDb / 10.0) / noisePower);
    for (size_t i = 0; i < x.size(); ++i) x[i] = float(double(x[i]) + scale * noise[i]);
}

void shiftSamples(Audio &audio, long long samples, bool circular) {
    auto &x = audio.samples;
    const long long n = (long long)x.size();
    if (n == 0 || samples == 0) return;
    if (circular) {
        const long long k = ((samples % n) + n) % n;
        std::rotate(x.begin(), x.begin() + (n - k), x.end());
        return;
    }
    if (std::llabs(samples) >= n) {
        std::fill(x.begin(), x.end(), 0.0f);
    } else if (samples > 0) {
        std::move_backward(x.begin(), x.end() - samples, x.end());
        std::fill(x.begin(), x.begin() + samples, 0.0f);
    } else {
        std::move(x.begin() - samples, x.end(), x.begin());
        std::fill(x.end() + samples, x.end(), 0.0f);
    }
}

void shiftAudio(Audio &audio, double seconds, bool circular) { shiftSamples(audio, std::llround(seconds * audio.sampleRate), circular); }

void applyGain(Audio &audio, double db) {
    const float g = float(std::pow(10.0, db / 20.0));
    for (float &v : audio.samples) v *= g;
}

} // namespace gtzan
