#pragma once
#include "audio/Audio.h"
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace gtzan {

// Onsets, beats and tempo from aubio (Debian's libaubio): its spectral-flux onset detector and
// its beat tracker, run hop by hop over mono audio. aubio is made for exactly this and is well
// kept; an onset detector, a comb-filter tempo estimator and a beat tracker of our own would be
// a research project, not a feature.
struct RhythmOptions {
    int windowSize = 1024;               // samples per analysis frame (at 22.05 kHz: 46 ms)
    int hop = 128;                       // samples between frames (at 22.05 kHz: 5.8 ms, the onset curve's step; aubio's beat
                                         // period is a whole number of hops, so a coarser hop puts beats tens of ms off)
    void validate(int sampleRate) const; // throws gtzan::Error naming the bad setting
};

struct Rhythm {
    double tempoBpm = 0;              // 60 / the median interval between beats (0: too few beats)
    double trackerBpm = 0;            // aubio's own running estimate at the end of the audio
    double confidence = 0;            // aubio's beat-tracking confidence at the end (0..1)
    std::vector<double> beatSeconds;  // beat times, rising
    std::vector<double> onsetSeconds; // detected note onsets, rising
    std::vector<float> onsetStrength; // the onset detection function (spectral flux), one value per hop
    int sampleRate = 0;
    int hop = 0;
    double seconds = 0; // length of the audio analysed
    double framesPerSecond() const { return hop > 0 ? double(sampleRate) / hop : 0.0; }
    double onsetRate() const { return seconds > 0 ? onsetSeconds.size() / seconds : 0.0; } // onsets per second
    // The onset curve's 95th percentile (nearest rank; 0 for no curve): its scale, which one
    // loud hit does not set.
    float onsetScale() const;
};

// The same analysis fed piece by piece (a decoder's chunks, a predictor's windows), in any sizes:
// feed() the audio in order, finish() once at the end. Throws like analyseRhythm.
class RhythmStream {
public:
    explicit RhythmStream(int sampleRate, const RhythmOptions &options = {});
    ~RhythmStream();
    RhythmStream(const RhythmStream &) = delete;
    RhythmStream &operator=(const RhythmStream &) = delete;
    void feed(const float *samples, size_t count);
    Rhythm finish();

private:
    class Tracker;
    std::unique_ptr<Tracker> m_tracker;
};

// The audio hop by hop; cancel is checked every few seconds of audio (a gtzan::Error "cancelled").
// Throws gtzan::Error for empty audio or settings aubio refuses.
Rhythm analyseRhythm(const Audio &audio, const RhythmOptions &options = {}, const std::atomic_bool *cancel = nullptr);

// A file, decoded and resampled to 22.05 kHz in chunks by the engine's decoder, fed to aubio as
// it comes: memory stays a chunk plus the onset curve (4 bytes per hop: 1.2 MB for an hour).
Rhythm analyseRhythmFile(const QString &path, const RhythmOptions &options = {}, const std::atomic_bool *cancel = nullptr);
int rhythmSampleRate(); // 22050

// The figures a model can take beside an embedding (train --rhythm), in a fixed order with
// names (rhythmFeatureNames): tempo / 200, onsets per second / 10, the onset curve's mean and
// sd (each over its own 95th percentile), the beat intervals' coefficient of variation, and
// aubio's confidence. Scaled to about 0..1 so no input dwarfs the embedding's.
std::vector<float> rhythmFeatures(const Rhythm &rhythm);
QStringList rhythmFeatureNames();

// The audio with a short click (a 1.5 kHz burst, 20 ms, decaying) added at every beat, for
// hearing where the tracker put them; the sum is limited to [-1, 1].
Audio withBeatClicks(const Audio &audio, const std::vector<double> &beatSeconds, float gain = 0.5f);

} // namespace gtzan
