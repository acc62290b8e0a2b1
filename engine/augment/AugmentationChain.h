#pragma once
#include "audio/Audio.h"
#include "common/Matrix.h"
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace gtzan {

// One kind of augmentation. Waveform kinds work on the audio before features are computed;
// mask kinds on the feature matrix after (so cached features of a waveform draw are reused).
enum class AugmentKind { Noise, Shift, Stretch, Pitch, Gain, FrequencyMask, TimeMask };

// A step of a chain: its intensity is drawn uniformly in [min, max] for every clip
// (Noise: SNR dB; Shift: seconds; Stretch: rate; Pitch: semitones; Gain: dB; masks: width in
// bands / frames), and the step is applied with the given probability.
struct AugmentStep {
    AugmentKind kind = AugmentKind::Noise;
    double min = 0;
    double max = 0;
    double probability = 1.0;
    int count = 1;        // masks: how many
    bool circular = true; // shift: wrap around (numpy.roll) or zero-fill
};

// The concrete augmentation of one clip: the intensities that were drawn. Empty optionals
// are steps not applied. Everything is fixed here, so applying a draw is deterministic.
struct AugmentationDraw {
    std::optional<double> stretchRate, pitchSemitones, shiftSeconds, gainDb, noiseSnrDb;
    bool shiftCircular = true;
    std::uint64_t noiseSeed = 0;
    int freqMasks = 0, freqMaskMin = 0, freqMaskMax = 0;
    int timeMasks = 0, timeMaskMin = 0, timeMaskMax = 0;
    std::uint64_t maskSeed = 0;

    bool hasWaveform() const { return stretchRate || pitchSemitones || shiftSeconds || gainDb || noiseSnrDb; }
    bool hasMasks() const { return freqMasks > 0 || timeMasks > 0; }
    bool isIdentity() const { return !hasWaveform() && !hasMasks(); }

    // The waveform part only: what the audio (and so the cached features) depend on.
    QJsonObject waveformJson() const;
    QJsonObject toJson() const;
};

// Applies the waveform part in a fixed order: stretch, pitch, shift, gain, noise (last, so
// its SNR is against the signal as heard). Throws gtzan::Error on out-of-range values.
Audio applyWaveformDraw(const AugmentationDraw &draw, const Audio &audio);
// Applies the masks of the draw to a feature matrix, in place.
void applyMaskDraw(const AugmentationDraw &draw, Matrix &features);

// A list of steps and a seed. draw(clipId, index) depends only on (seed, clipId, index):
// the same seed gives the same draws (and so the same audio, bit for bit) whatever the thread
// or order. Offline augmentation uses index = copy number (1..k); online augmentation uses a
// fresh index each epoch.
struct AugmentationChain {
    QString name = QStringLiteral("custom");
    std::vector<AugmentStep> steps;
    std::uint64_t seed = 0;

    bool empty() const { return steps.empty(); }
    AugmentationDraw draw(const QString &clipId, std::uint64_t index) const;

    // The reference's recipe (GCT634): white noise + time shift + time stretch on every
    // augmented copy, intensities drawn per clip. The report gives no ranges; ours are
    // SNR 15-30 dB, shift -3..3 s circular, rate 0.8-1.25.
    static AugmentationChain gct634(std::uint64_t seed = 0);
    // The report's future work: SpecAugment, 2 frequency masks of up to 12 bands and
    // 2 time masks of up to 20 frames.
    static AugmentationChain specAugment(std::uint64_t seed = 0);
    static QStringList presetNames();
    static AugmentationChain preset(const QString &name, std::uint64_t seed = 0); // throws gtzan::Error

    QJsonObject toJson() const;
    static AugmentationChain fromJson(const QJsonObject &o); // throws gtzan::Error
};

QString augmentKindName(AugmentKind kind);

} // namespace gtzan
