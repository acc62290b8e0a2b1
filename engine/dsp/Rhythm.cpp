#include "dsp/Rhythm.h"
#include "audio/AudioDecoder.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include <QStringList>
#include <algorithm>
#include <aubio/aubio.h>
#include <cmath>
#include <memory>

namespace gtzan {

void RhythmOptions::validate(int sampleRate) const {
    if (sampleRate < 4000 || sampleRate > 384000)
        throw Error(QStringLiteral("Rhythm analysis needs audio at 4 to 384 kHz, not %1 Hz").arg(sampleRate));
    if (windowSize < 64 || windowSize > 16384 || (windowSize & (windowSize - 1)) != 0)
        throw Error(QStringLiteral("The rhythm window %1 is not a power of two between 64 and 16384").arg(windowSize));
    if (hop < 16 || hop > windowSize) throw Error(QStringLiteral("The rhythm hop %1 must be between 16 and the window %2").arg(hop).arg(windowSize));
}

int rhythmSampleRate() { return 22050; }

namespace {

// aubio's objects, freed however the analysis ends.
struct AubioDelete {
    void operator()(fvec_t *v) const { del_fvec(v); }
    void operator()(aubio_tempo_t *t) const { del_aubio_tempo(t); }
    void operator()(aubio_onset_t *o) const { del_aubio_onset(o); }
};

} // namespace

// Feeds audio in arbitrary chunks to aubio in whole hops.
class RhythmStream::Tracker {
public:
    Tracker(int sampleRate, const RhythmOptions &options) : m_hop(options.hop) {
        options.validate(sampleRate);
        m_out.sampleRate = sampleRate;
        m_out.hop = options.hop;
        const auto win = uint_t(options.windowSize), hop = uint_t(options.hop), rate = uint_t(sampleRate);
        m_input.reset(new_fvec(hop));
        m_beat.reset(new_fvec(1));
        m_onsetOut.reset(new_fvec(1));
        m_tempo.reset(new_aubio_tempo("specflux", win, hop, rate));
        m_onset.reset(new_aubio_onset("specflux", win, hop, rate));
        if (!m_input || !m_beat || !m_onsetOut || !m_tempo || !m_onset)
            throw Error(QStringLiteral("aubio refused a rhythm analysis of window %1 and hop %2 at %3 Hz").arg(win).arg(hop).arg(rate));
        // aubio drops a beat or an onset that it reports during a silent hop. Its peak picker reports
        // an onset a hop or two late, and a click track or a drum machine is digital silence right
        // after each hit, so its onsets and most of its beats would vanish. aubio's own gate is
        // turned off here (and a -125 dB dither keeps digital zeros from reading as -inf dB); ours
        // keeps what falls within a moment of audible sound (loudGapSeconds).
        aubio_tempo_set_silence(m_tempo.get(), -150.0f);
        aubio_onset_set_silence(m_onset.get(), -150.0f);
    }

    void feed(const float *samples, size_t count) {
        while (count > 0) {
            const size_t take = std::min(count, size_t(m_hop) - m_filled);
            std::copy(samples, samples + take, m_input->data + m_filled);
            m_filled += take;
            samples += take;
            count -= take;
            m_total += take;
            if (m_filled == size_t(m_hop)) step();
        }
    }

    Rhythm finish() {
        if (m_total == 0) throw Error(QStringLiteral("The audio is empty, so it has no rhythm to analyse"));
        if (m_filled > 0) { // the last partial hop, padded with silence
            std::fill(m_input->data + m_filled, m_input->data + m_hop, 0.0f);
            step();
        }
        m_out.seconds = double(m_total) / m_out.sampleRate;
        snapBeatsToOnsets();
        m_out.trackerBpm = aubio_tempo_get_bpm(m_tempo.get());
        m_out.confidence = std::clamp(double(aubio_tempo_get_confidence(m_tempo.get())), 0.0, 1.0);
        std::vector<double> intervals;
        for (size_t i = 1; i < m_out.beatSeconds.size(); ++i) intervals.push_back(m_out.beatSeconds[i] - m_out.beatSeconds[i - 1]);
        if (intervals.size() >= 3) {
            std::nth_element(intervals.begin(), intervals.begin() + intervals.size() / 2, intervals.end());
            const double median = intervals[intervals.size() / 2];
            if (median > 0) m_out.tempoBpm = 60.0 / median;
        }
        return std::move(m_out);
    }

private:
    // aubio's tracker predicts beats a whole number of hops apart and re-phases now and then, so
    // between re-phasings its beats drift off the music by up to tens of ms. Each beat moves to
    // the nearest detected onset when one lies within an eighth of the local beat period (at most
    // 60 ms): the beat stays the tracker's choice, its time becomes the sound's.
    void snapBeatsToOnsets() {
        std::vector<double> &beats = m_out.beatSeconds;
        const std::vector<double> &onsets = m_out.onsetSeconds;
        if (onsets.empty() || beats.size() < 2) return;
        std::vector<double> snapped = beats;
        for (size_t i = 0; i < beats.size(); ++i) {
            const double period = i + 1 < beats.size() ? beats[i + 1] - beats[i] : beats[i] - beats[i - 1];
            const double reach = std::min(0.060, period / 8);
            const auto it = std::lower_bound(onsets.begin(), onsets.end(), beats[i]);
            double best = -1, distance = reach;
            if (it != onsets.end() && *it - beats[i] <= distance) best = *it, distance = *it - beats[i];
            if (it != onsets.begin() && beats[i] - *(it - 1) <= distance) best = *(it - 1);
            if (best >= 0) snapped[i] = best;
        }
        // Two beats never land on one onset, and the order stays.
        std::vector<double> kept;
        for (double b : snapped)
            if (kept.empty() || b > kept.back() + 1e-9) kept.push_back(b);
        beats = std::move(kept);
    }

    void step() {
        double energy = 0;
        for (int i = 0; i < m_hop; ++i) {
            energy += double(m_input->data[i]) * m_input->data[i];
            m_dither = m_dither * 1664525u + 1013904223u;
            m_input->data[i] += float((double(m_dither >> 8) / 16777216.0 - 0.5) * 2e-6);
        }
        const double hopEnd = double(m_total) / m_out.sampleRate;
        const bool loud = energy / m_hop > 1e-8; // above -80 dBFS
        if (loud) m_lastLoudSeconds = hopEnd;
        m_loudHops.push_back(loud);
        const bool nearSound = hopEnd - m_lastLoudSeconds <= kLoudGapSeconds;
        aubio_tempo_do(m_tempo.get(), m_input.get(), m_beat.get());
        aubio_onset_do(m_onset.get(), m_input.get(), m_onsetOut.get());
        if (m_beat->data[0] != 0 && nearSound) {
            const double t = aubio_tempo_get_last_s(m_tempo.get());
            if (t >= 0 && (m_out.beatSeconds.empty() || t > m_out.beatSeconds.back())) m_out.beatSeconds.push_back(t);
        }
        if (m_onsetOut->data[0] != 0) {
            const double t = aubio_onset_get_last_s(m_onset.get());
            if (t >= 0 && (m_out.onsetSeconds.empty() || t > m_out.onsetSeconds.back()) && soundSince(t - 3.0 * m_hop / m_out.sampleRate))
                m_out.onsetSeconds.push_back(t);
        }
        const float strength = aubio_onset_get_descriptor(m_onset.get());
        m_out.onsetStrength.push_back(std::isfinite(strength) ? std::max(0.0f, strength) : 0.0f);
        m_filled = 0;
    }

    // Whether any hop from `seconds` up to now was audible: an onset is a sound starting, so
    // one reported where the hops around it were silent is the peak picker reacting to the
    // dither after a hit, not a hit.
    bool soundSince(double seconds) const {
        const long long first = std::max(0LL, (long long)std::floor(seconds * m_out.sampleRate / m_hop));
        for (long long i = (long long)m_loudHops.size() - 1; i >= first; --i)
            if (m_loudHops[size_t(i)]) return true;
        return false;
    }

    // A beat counts when audible sound (above -80 dBFS) was at most this long ago:
    // a beat between two clicks of a slow click track still counts, one in a long silence not.
    static constexpr double kLoudGapSeconds = 1.5;
    int m_hop;
    quint32 m_dither = 12345;
    double m_lastLoudSeconds = -1e9;
    std::vector<bool> m_loudHops; // one per hop so far
    size_t m_filled = 0;
    size_t m_total = 0;
    Rhythm m_out;
    std::unique_ptr<fvec_t, AubioDelete> m_input, m_beat, m_onsetOut;
    std::unique_ptr<aubio_tempo_t, AubioDelete> m_tempo;
    std::unique_ptr<aubio_onset_t, AubioDelete> m_onset;
};

RhythmStream::RhythmStream(int sampleRate, const RhythmOptions &options) : m_tracker(std::make_unique<Tracker>(sampleRate, options)) {}
RhythmStream::~RhythmStream() = default;
void RhythmStream::feed(const float *samples, size_t count) { m_tracker->feed(samples, count); }
Rhythm RhythmStream::finish() { return m_tracker->finish(); }

Rhythm analyseRhythm(const Audio &audio, const RhythmOptions &options, const std::atomic_bool *cancel) {
    RhythmStream tracker(audio.sampleRate, options);
    const size_t chunk = size_t(audio.sampleRate) * 4;
    for (size_t at = 0; at < audio.samples.size(); at += chunk) {
        throwIfCancelled(cancel);
        tracker.feed(audio.samples.data() + at, std::min(chunk, audio.samples.size() - at));
    }
    return tracker.finish();
}

Rhythm analyseRhythmFile(const QString &path, const RhythmOptions &options, const std::atomic_bool *cancel) {
    RhythmStream tracker(rhythmSampleRate(), options);
    DecodeOptions decode;
    decode.targetRate = rhythmSampleRate();
    decode.cancel = cancel;
    decodeAudioStream(path, decode, [&](const float *samples, size_t count) {
        tracker.feed(samples, count);
        return true;
    });
    return tracker.finish();
}

float Rhythm::onsetScale() const {
    if (onsetStrength.empty()) return 0.0f;
    std::vector<float> sorted = onsetStrength;
    const size_t k = std::min(sorted.size() - 1, size_t(0.95 * double(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + long(k), sorted.end());
    return sorted[k];
}

QStringList rhythmFeatureNames() {
    return {QStringLiteral("tempo/200"),   QStringLiteral("onsetRate/10"),   QStringLiteral("onsetMean/p95"),
            QStringLiteral("onsetSd/p95"), QStringLiteral("beatIntervalCv"), QStringLiteral("beatConfidence")};
}

std::vector<float> rhythmFeatures(const Rhythm &r) {
    double mean = 0, sd = 0, p95 = 0;
    if (!r.onsetStrength.empty()) {
        p95 = r.onsetScale();
        for (float v : r.onsetStrength) mean += v;
        mean /= double(r.onsetStrength.size());
        for (float v : r.onsetStrength) sd += (v - mean) * (v - mean);
        sd = std::sqrt(sd / double(r.onsetStrength.size()));
    }
    const double scale = p95 > 1e-12 ? p95 : 1.0;
    double cv = 0;
    if (r.beatSeconds.size() >= 3) {
        double m = 0, s = 0;
        const size_t n = r.beatSeconds.size() - 1;
        for (size_t i = 1; i < r.beatSeconds.size(); ++i) m += r.beatSeconds[i] - r.beatSeconds[i - 1];
        m /= double(n);
        for (size_t i = 1; i < r.beatSeconds.size(); ++i) s += std::pow(r.beatSeconds[i] - r.beatSeconds[i - 1] - m, 2);
        cv = m > 0 ? std::sqrt(s / double(n)) / m : 0;
    }
    return {float(r.tempoBpm / 200.0), float(r.onsetRate() / 10.0), float(mean / scale),
            float(sd / scale),         float(std::min(cv, 2.0)),    float(r.confidence)};
}

Audio withBeatClicks(const Audio &audio, const std::vector<double> &beatSeconds, float gain) {
    Audio out = audio;
    if (audio.sampleRate <= 0) return out;
    const int length = audio.sampleRate / 50; // 20 ms
    const double twoPi = 6.283185307179586;
    for (double t : beatSeconds) {
        const long long start = std::llround(t * audio.sampleRate);
        for (int i = 0; i < length; ++i) {
            const long long at = start + i;
            if (at < 0 || at >= (long long)out.samples.size()) continue;
            const double envelope = std::exp(-5.0 * i / length);
            float &s = out.samples[size_t(at)];
            s = std::clamp(s + float(gain * envelope * std::sin(twoPi * 1500.0 * i / audio.sampleRate)), -1.0f, 1.0f);
        }
    }
    return out;
}

} // namespace gtzan
