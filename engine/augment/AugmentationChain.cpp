#include "augment/AugmentationChain.h"
#include "augment/SeededRandom.h"
#include "augment/SpecAugment.h"
#include "augment/TimePitch.h"
#include "augment/WaveformAugment.h"
#include "common/Error.h"
#include <QJsonArray>
#include <cmath>

namespace gtzan {

namespace {

const std::pair<AugmentKind, const char *> kKindNames[] = {{AugmentKind::Noise, "noise"},       {AugmentKind::Shift, "shift"},
                                                           {AugmentKind::Stretch, "stretch"},   {AugmentKind::Pitch, "pitch"},
                                                           {AugmentKind::Gain, "gain"},         {AugmentKind::FrequencyMask, "frequency_mask"},
                                                           {AugmentKind::TimeMask, "time_mask"}};

AugmentKind kindFromName(const QString &name) {
    for (const auto &[kind, text] : kKindNames)
        if (name == QLatin1String(text)) return kind;
    throw Error(QStringLiteral("Unknown augmentation \"%1\"").arg(name));
}

// Seeds are 64-bit; JSON numbers are doubles, so they travel as hex text.
QString seedText(std::uint64_t s) { return QString::number(qulonglong(s), 16); }
std::uint64_t seedFromText(const QJsonValue &v) {
    bool ok = false;
    const std::uint64_t s = v.toString().toULongLong(&ok, 16);
    if (!ok && v.isDouble()) return std::uint64_t(v.toDouble());
    return s;
}

void putOptional(QJsonObject &o, const char *key, const std::optional<double> &v) {
    if (v) o.insert(QLatin1String(key), *v);
}

} // namespace

QString augmentKindName(AugmentKind kind) {
    for (const auto &[k, text] : kKindNames)
        if (k == kind) return QString::fromLatin1(text);
    return {};
}

QJsonObject AugmentationDraw::waveformJson() const {
    QJsonObject o;
    putOptional(o, "stretch_rate", stretchRate);
    putOptional(o, "pitch_semitones", pitchSemitones);
    putOptional(o, "shift_seconds", shiftSeconds);
    if (shiftSeconds) o.insert(QStringLiteral("shift_circular"), shiftCircular);
    putOptional(o, "gain_db", gainDb);
    putOptional(o, "noise_snr_db", noiseSnrDb);
    if (noiseSnrDb) o.insert(QStringLiteral("noise_seed"), seedText(noiseSeed));
    return o;
}

QJsonObject AugmentationDraw::toJson() const {
    QJsonObject o = waveformJson();
    if (freqMasks > 0) o.insert(QStringLiteral("frequency_masks"), QJsonArray{freqMasks, freqMaskMin, freqMaskMax});
    if (timeMasks > 0) o.insert(QStringLiteral("time_masks"), QJsonArray{timeMasks, timeMaskMin, timeMaskMax});
    if (hasMasks()) o.insert(QStringLiteral("mask_seed"), seedText(maskSeed));
    return o;
}

Audio applyWaveformDraw(const AugmentationDraw &d, const Audio &audio) {
    Audio out = d.stretchRate ? timeStretch(audio, *d.stretchRate) : audio;
    if (d.pitchSemitones) out = pitchShift(out, *d.pitchSemitones);
    if (d.shiftSeconds) shiftAudio(out, *d.shiftSeconds, d.shiftCircular);
    if (d.gainDb) applyGain(out, *d.gainDb);
    if (d.noiseSnrDb) addNoise(out, *d.noiseSnrDb, d.noiseSeed);
    return out;
}

void applyMaskDraw(const AugmentationDraw &d, Matrix &features) {
    if (d.freqMasks > 0) applyFrequencyMasks(features, d.freqMasks, d.freqMaskMin, d.freqMaskMax, d.maskSeed);
    if (d.timeMasks > 0) applyTimeMasks(features, d.timeMasks, d.timeMaskMin, d.timeMaskMax, d.maskSeed ^ 0x5DEECE66Dull);
}

AugmentationDraw AugmentationChain::draw(const QString &clipId, std::uint64_t index) const {
    SeededRandom rng(deriveSeed(seed, clipId, index));
    AugmentationDraw d;
    for (const AugmentStep &s : steps) {
        // Every step consumes the same number of values whether applied or not, so adding
        // probability to one step does not change the others' draws.
        const bool apply = rng.uniform() < s.probability;
        const double value = rng.uniform(s.min, s.max);
        const std::uint64_t stepSeed = rng.next();
        if (!apply) continue;
        switch (s.kind) {
        case AugmentKind::Noise:
            d.noiseSnrDb = value;
            d.noiseSeed = stepSeed;
            break;
        case AugmentKind::Shift:
            d.shiftSeconds = value;
            d.shiftCircular = s.circular;
            break;
        case AugmentKind::Stretch: d.stretchRate = value; break;
        case AugmentKind::Pitch: d.pitchSemitones = value; break;
        case AugmentKind::Gain: d.gainDb = value; break;
        case AugmentKind::FrequencyMask:
            d.freqMasks = s.count;
            d.freqMaskMin = int(s.min);
            d.freqMaskMax = int(s.max);
            d.maskSeed ^= stepSeed;
            break;
        case AugmentKind::TimeMask:
            d.timeMasks = s.count;
            d.timeMaskMin = int(s.min);
            d.timeMaskMax = int(s.max);
            d.maskSeed ^= stepSeed;
            break;
        }
    }
    return d;
}

AugmentationChain AugmentationChain::gct634(std::uint64_t seed) {
    AugmentationChain c;
    c.name = QStringLiteral("gct634");
    c.seed = seed;
    c.steps = {{AugmentKind::Stretch, 0.8, 1.25}, {AugmentKind::Shift, -3.0, 3.0}, {AugmentKind::Noise, 15.0, 30.0}};
    return c;
}

AugmentationChain AugmentationChain::specAugment(std::uint64_t seed) {
    AugmentationChain c;
    c.name = QStringLiteral("specaugment");
    c.seed = seed;
    AugmentStep f{AugmentKind::FrequencyMask, 0, 12};
    f.count = 2;
    AugmentStep t{AugmentKind::TimeMask, 0, 20};
    t.count = 2;
    c.steps = {f, t};
    return c;
}

QStringList AugmentationChain::presetNames() { return {QStringLiteral("gct634"), QStringLiteral("specaugment")}; }

AugmentationChain AugmentationChain::preset(const QString &name, std::uint64_t seed) {
    if (name == QLatin1String("gct634")) return gct634(seed);
    if (name == QLatin1String("specaugment")) return specAugment(seed);
    throw Error(QStringLiteral("Unknown augmentation preset \"%1\" (known: %2)").arg(name, presetNames().join(QStringLiteral(", "))));
}

QJsonObject AugmentationChain::toJson() const {
    QJsonArray arr;
    for (const AugmentStep &s : steps) {
        QJsonObject o{{QStringLiteral("kind"), augmentKindName(s.kind)},
                      {QStringLiteral("min"), s.min},
                      {QStringLiteral("max"), s.max},
                      {QStringLiteral("probability"), s.probability}};
        if (s.kind == AugmentKind::FrequencyMask || s.kind == AugmentKind::TimeMask) o.insert(QStringLiteral("count"), s.count);
        if (s.kind == AugmentKind::Shift) o.insert(QStringLiteral("circular"), s.circular);
        arr.append(o);
    }
    return {{QStringLiteral("name"), name}, {QStringLiteral("seed"), seedText(seed)}, {QStringLiteral("steps"), arr}};
}

AugmentationChain AugmentationChain::fromJson(const QJsonObject &o) {
    AugmentationChain c;
    c.name = o.value(QLatin1String("name")).toString(QStringLiteral("custom"));
    c.seed = seedFromText(o.value(QLatin1String("seed")));
    for (const QJsonValue &v : o.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        AugmentStep step;
        step.kind = kindFromName(s.value(QLatin1String("kind")).toString());
        step.min = s.value(QLatin1String("min")).toDouble();
        step.max = s.value(QLatin1String("max")).toDouble(step.min);
        step.probability = s.value(QLatin1String("probability")).toDouble(1.0);
        step.count = s.value(QLatin1String("count")).toInt(1);
        step.circular = s.value(QLatin1String("circular")).toBool(true);
        if (step.max < step.min)
            throw Error(
                QStringLiteral("Augmentation \"%1\": its range %2..%3 is reversed").arg(augmentKindName(step.kind)).arg(step.min).arg(step.max));
        c.steps.push_back(step);
    }
    return c;
}

} // namespace gtzan
