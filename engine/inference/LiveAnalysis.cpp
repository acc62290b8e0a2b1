#include "inference/LiveAnalysis.h"
#include "audio/Audio.h"
#include "audio/Resampler.h"
#include "common/Error.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnEmbedder.h"
#include "inference/Predictor.h"
#include "inference/SilenceLevel.h"
#include "model/InputKind.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

namespace gtzan {

namespace {

// musicnn hears 16 kHz; its patch is 187 frames of hop 256 (center=True), which 3 s (48,000
// samples, 188 frames) fill with a frame to spare.
constexpr int kMusicnnRate = 16000;
constexpr double kPatchSeconds = 3.0;
// Sound and silence are told apart block by block (0.1 s at 16 kHz).
constexpr int kLevelBlock = 1600;

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

// The newest samples at one rate: a resampler from the input rate and at most `keep` samples,
// trimmed in bulk (at twice `keep`) so appending stays cheap.
struct RateRing {
    RateRing(int inputRate, int rate, qint64 keep) : rate(rate), keep(keep), resampler(inputRate, rate) {}
    int rate;
    qint64 keep;
    Resampler resampler;
    std::vector<float> samples; // the newest, samples.back() is sample total-1
    qint64 total = 0;           // samples ever made

    void append(const float *in, size_t n, std::vector<float> &scratch) {
        scratch.clear();
        resampler.process(in, n, scratch);
        samples.insert(samples.end(), scratch.begin(), scratch.end());
        total += qint64(scratch.size());
        if (qint64(samples.size()) > 2 * keep) samples.erase(samples.begin(), samples.end() - keep);
    }
    // The newest `count` samples (fewer when fewer are kept).
    Audio newest(qint64 count) const {
        Audio a;
        a.sampleRate = rate;
        count = std::min<qint64>(count, qint64(samples.size()));
        a.samples.assign(samples.end() - count, samples.end());
        return a;
    }
};

} // namespace

void LiveOptions::validate() const {
    if (!(updateSeconds >= 0.1 && updateSeconds <= 60))
        throw Error(QStringLiteral("The live update interval must be 0.1 to 60 s, not %1").arg(updateSeconds));
    if (!(windowSeconds >= 1 && windowSeconds <= 60)) throw Error(QStringLiteral("The live window must be 1 to 60 s, not %1").arg(windowSeconds));
    if (!(rhythmSeconds >= 2 && rhythmSeconds <= 60))
        throw Error(QStringLiteral("The live rhythm span must be 2 to 60 s, not %1").arg(rhythmSeconds));
    if (!(silenceHoldSeconds >= 0.1 && silenceHoldSeconds <= 60))
        throw Error(QStringLiteral("The live silence hold must be 0.1 to 60 s, not %1").arg(silenceHoldSeconds));
    if (!(keepSeconds >= std::max(windowSeconds, rhythmSeconds) && keepSeconds <= 600))
        throw Error(QStringLiteral("Live listening must keep at least its window and rhythm span, and at most 600 s, not %1 s").arg(keepSeconds));
}

double rmsDecibels(const float *samples, size_t count) {
    if (count == 0) return -120;
    double sum = 0;
    for (size_t i = 0; i < count; ++i) sum += double(samples[i]) * double(samples[i]);
    const double rms = std::sqrt(sum / double(count));
    return rms > 1e-6 ? 20.0 * std::log10(rms) : -120.0;
}

QJsonObject LiveUpdate::toJson(const QStringList &genres, int topTags) const {
    QJsonObject o{{QStringLiteral("time"), std::round(time * 1000) / 1000},
                  {QStringLiteral("stream"), std::round(streamSeconds * 1000) / 1000},
                  {QStringLiteral("window"), QJsonArray{std::round(windowStart * 1000) / 1000, std::round(windowSeconds * 1000) / 1000}},
                  {QStringLiteral("genre"), genre >= 0 ? QJsonValue(genreName) : QJsonValue()},
                  {QStringLiteral("unsure"), trust.unsure},
                  {QStringLiteral("reason"), trust.unsure ? QJsonValue(trust.kind) : QJsonValue()},
                  {QStringLiteral("reasonText"), trust.unsure ? QJsonValue(trust.reason) : QJsonValue()},
                  {QStringLiteral("level"), std::round(levelDb * 10) / 10},
                  {QStringLiteral("tempo"), tempoBpm > 0 ? QJsonValue(std::round(tempoBpm * 10) / 10) : QJsonValue()}};
    QJsonObject probs;
    for (size_t k = 0; k < probabilities.size(); ++k) probs.insert(genres.value(int(k)), std::round(double(probabilities[k]) * 10000) / 10000);
    o.insert(QStringLiteral("probabilities"), probs);
    QJsonArray tagArray;
    for (size_t i = 0; i < tags.size() && int(i) < topTags; ++i)
        tagArray.append(
            QJsonObject{{QStringLiteral("tag"), tags[i].tag}, {QStringLiteral("score"), std::round(double(tags[i].probability) * 1000) / 1000}});
    o.insert(QStringLiteral("tags"), tagArray);
    QJsonArray beats;
    for (double b : beatSeconds) beats.append(std::round(b * 1000) / 1000);
    o.insert(QStringLiteral("beats"), beats);
    return o;
}

struct LiveAnalysis::Impl {
    std::unique_ptr<Predictor> predictor;
    int inputRate = 0;
    LiveOptions options;
    std::map<int, std::unique_ptr<RateRing>> rings; // 16 kHz always (musicnn, rhythm, level), and the model's own rate
    RateRing *ring16 = nullptr;
    std::vector<float> scratch;
    double unitSeconds = kPatchSeconds;
    QStringList tagNames;
    std::function<double()> clock;
    QElapsedTimer wall;

    // Sound and silence, judged on 16 kHz blocks.
    qint64 levelled = 0;        // 16 kHz samples judged so far
    int silentBlocks = 0;       // consecutive silent blocks ending at `levelled`
    qint64 soundStart = -1;     // 16 kHz sample where the current stretch of sound began; -1: none now
    bool answeredSound = false; // the current stretch has had its first answer
    double nextDue = 0;         // stream seconds of the next regular answer

    double seconds() const { return double(ring16->total) / kMusicnnRate; }

    void judgeLevel() {
        const qint64 blockSamples = kLevelBlock;
        const int holdBlocks = std::max(1, int(std::lround(options.silenceHoldSeconds * kMusicnnRate / blockSamples)));
        // More than the ring holds came at once: judge only what is still there.
        const qint64 oldestKept = ring16->total - qint64(ring16->samples.size());
        if (levelled < oldestKept) levelled = oldestKept;
        while (ring16->total - levelled >= blockSamples) {
            const qint64 back = ring16->total - levelled; // how far the block's start is from the newest sample
            const float *block = ring16->samples.data() + (qint64(ring16->samples.size()) - back);
            double sum = 0;
            for (qint64 i = 0; i < blockSamples; ++i) sum += double(block[i]) * double(block[i]);
            const bool silent = std::sqrt(sum / double(blockSamples)) < kSilenceRms;
            if (silent) {
                if (++silentBlocks >= holdBlocks && soundStart >= 0) {
                    soundStart = -1;
                    answeredSound = false;
                }
            } else {
                silentBlocks = 0;
                if (soundStart < 0) soundStart = levelled;
            }
            levelled += blockSamples;
        }
    }

    LiveUpdate silenceUpdate() {
        LiveUpdate u;
        const double span = std::min(options.updateSeconds, seconds());
        u.windowSeconds = span;
        u.windowStart = seconds() - span;
        u.trust.unsure = true;
        u.trust.kind = QStringLiteral("silence");
        u.trust.reason = QStringLiteral("the input is (nearly) silent: there is no music to tell a genre from");
        return u;
    }

    LiveUpdate soundUpdate(double soundSeconds) {
        const int units = std::max(1, std::min(int(options.windowSeconds / unitSeconds + 1e-9), int(soundSeconds / unitSeconds + 1e-9)));
        const double span = units * unitSeconds;
        const FilePrediction p = predictor->predictAudio(
            [&](int rate) {
                auto it = rings.find(rate);
                if (it == rings.end()) throw Error(QStringLiteral("live input: the model asks for audio at %1 Hz, which is not kept").arg(rate));
                return it->second->newest(qint64(std::ceil(span * rate)));
            },
            QStringLiteral("live input"));
        LiveUpdate u;
        u.windowSeconds = span;
        u.windowStart = seconds() - span;
        u.genre = p.genre;
        u.genreName = p.genreName;
        u.probabilities = p.probabilities;
        u.trust = p.trust;
        u.tags = p.tags;
        if (p.taggram.rows > 0) {
            const int last = p.taggram.rows - 1;
            for (int t = 0; t < p.taggram.cols; ++t) u.newestTags.push_back(p.taggram.at(last, t));
        }
        // Tempo and beats over the newest stretch of sound (aubio wants a few bars for a tempo).
        const double rhythmSpan = std::min(options.rhythmSeconds, soundSeconds);
        const Audio recent = ring16->newest(qint64(rhythmSpan * kMusicnnRate));
        const Rhythm r = analyseRhythm(recent);
        u.tempoBpm = r.tempoBpm;
        const double offset = seconds() - recent.seconds();
        for (double b : r.beatSeconds) u.beatSeconds.push_back(offset + b);
        return u;
    }
};

LiveAnalysis::LiveAnalysis(std::unique_ptr<Predictor> predictor, int inputRate, const LiveOptions &options) : d(std::make_unique<Impl>()) {
    if (!predictor) throw Error(QStringLiteral("live listening was given no model"));
    if (inputRate < 4000 || inputRate > 384000) throw Error(QStringLiteral("live input at %1 Hz: a rate of 4 to 384 kHz is needed").arg(inputRate));
    options.validate();
    d->predictor = std::move(predictor);
    d->inputRate = inputRate;
    d->options = options;
    const TrainedModel &model = d->predictor->model();
    std::vector<int> rates{kMusicnnRate};
    if (d->predictor->inputKind()->hearsFeatures()) {
        rates.push_back(model.spec.sampleRate);
        // A spectrogram model answers from whole segments: an answer needs one.
        const double segment = model.spec.segmentFrames() > 0 ? double(model.spec.segmentFrames() - 1) * model.spec.hop / model.spec.sampleRate : 0;
        d->unitSeconds = std::max(kPatchSeconds, std::ceil(segment * 10) / 10);
    }
    for (int rate : rates)
        if (!d->rings.count(rate)) d->rings[rate] = std::make_unique<RateRing>(inputRate, rate, qint64(std::ceil(options.keepSeconds * rate)));
    d->ring16 = d->rings[kMusicnnRate].get();
    if (const MusicnnEmbedder *m = d->predictor->musicnn()) d->tagNames = m->tagNames();
    d->nextDue = options.updateSeconds;
    d->wall.start();
    d->clock = [this] { return double(d->wall.nsecsElapsed()) * 1e-9; };
}

LiveAnalysis::~LiveAnalysis() = default;

void LiveAnalysis::setClock(std::function<double()> secondsSinceStart) { d->clock = std::move(secondsSinceStart); }

void LiveAnalysis::append(const float *mono, size_t count) {
    for (auto &[rate, ring] : d->rings) ring->append(mono, count, d->scratch);
    d->judgeLevel();
}

std::optional<LiveUpdate> LiveAnalysis::next() {
    const double now = d->seconds();
    const bool sound = d->soundStart >= 0;
    const double soundSeconds = sound ? now - double(d->soundStart) / kMusicnnRate : 0;
    std::optional<LiveUpdate> out;
    const double cpuBefore = threadCpuSeconds();
    bool onCadence = true;
    if (sound) {
        // The first answer as soon as one unit of sound is there; then one per update interval.
        if (soundSeconds + 1e-9 < d->unitSeconds) return std::nullopt;
        onCadence = d->answeredSound;
        if (onCadence && now + 1e-9 < d->nextDue) return std::nullopt;
        out = d->soundUpdate(soundSeconds);
        d->answeredSound = true;
    } else {
        if (now + 1e-9 < d->nextDue) return std::nullopt;
        out = d->silenceUpdate();
    }
    // Answers keep their cadence (pieces of audio rarely end on it), unless they fell behind it
    // or a stretch of sound starts a new one.
    d->nextDue = onCadence ? d->nextDue + d->options.updateSeconds : now + d->options.updateSeconds;
    if (d->nextDue <= now) d->nextDue = now + d->options.updateSeconds;
    const Audio newest = d->ring16->newest(qint64(d->options.updateSeconds * kMusicnnRate));
    out->levelDb = rmsDecibels(newest.samples.data(), newest.samples.size());
    out->streamSeconds = now;
    out->time = d->clock();
    out->cpuSeconds = threadCpuSeconds() - cpuBefore;
    return out;
}

double LiveAnalysis::streamSeconds() const { return d->seconds(); }
double LiveAnalysis::answerUnitSeconds() const { return d->unitSeconds; }
const QStringList &LiveAnalysis::genres() const { return d->predictor->model().genres; }
const QStringList &LiveAnalysis::tagNames() const { return d->tagNames; }
int LiveAnalysis::inputRate() const { return d->inputRate; }

} // namespace gtzan
