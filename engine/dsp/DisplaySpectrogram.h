#pragma once
#include "audio/Audio.h"
#include "common/Matrix.h"
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {

// What the explorer's spectrogram view shows: one view type, and these are its layers (as Sonic
// Visualiser's one spectrogram layer with different parameters). Mel rows are mel bands (Slaney,
// as the features); linear rows are FFT bins; log rows are geometrically spaced frequencies from
// logFminHz up to Nyquist. The teaching layers: chroma (12 pitch classes), MFCC (20 coefficients
// of the mel in dB), onset (the mel with aubio's onset-strength curve and beats over it) and a
// tempogram (rows are tempi in BPM, see Tempogram.h).
enum class FrequencyAxis { Mel, Linear, Log, Chroma, Mfcc, Onset, Tempogram };
QString frequencyAxisName(FrequencyAxis axis);            // "mel", "linear", "log", "chroma", "mfcc", "onset", "tempogram"
FrequencyAxis frequencyAxisFromName(const QString &name); // throws gtzan::Error for an unknown name
// Whether the layer's rows are frequencies (mel, linear, log, onset) rather than pitch classes,
// coefficients or tempi.
bool layerHasFrequencyRows(FrequencyAxis axis);

struct DisplaySpectrogramSpec {
    FrequencyAxis axis = FrequencyAxis::Mel;
    int nFft = 1024; // the native preset: 1024 / 512 / 128 bands at 22.05 kHz
    int hop = 512;
    int nMels = 128;
    int logRows = 256; // rows of the log-frequency view
    double logFminHz = 30.0;
    double topDb = 80.0;                 // power_to_db(ref=1, amin=1e-10, top_db) as the features
    void validate(int sampleRate) const; // throws gtzan::Error naming the bad setting
};

// A spectrogram in dB, with what the display needs to label and read it.
struct DisplaySpectrogram {
    Matrix db;                        // rows x frames
    std::vector<double> rowHz;        // centre frequency of each row
    std::vector<double> melCentresHz; // centres of the spec's mel bands (for the hover read-out in every view)
    FrequencyAxis axis = FrequencyAxis::Mel;
    int sampleRate = 0;
    int hop = 0;
    // Layers whose values are not levels in dB (chroma 0..1, MFCC, tempogram -1..1) say so here.
    bool decibels = true;
    QStringList rowNames;            // chroma: pitch classes; MFCC: coefficient numbers; else empty
    std::vector<double> rowBpm;      // tempogram: the tempo of each row
    std::vector<float> onsetCurve;   // onset layer: onset strength per column, 0..1 (its 95th percentile is 0.8)
    std::vector<double> beatSeconds; // onset and tempogram layers: aubio's beats
    double tempoBpm = 0;             // onset and tempogram layers: the tempo from the beats
    double tempogramPeakBpm = 0;     // tempogram layer: the tempo whose row is strongest over the clip
    double secondsPerFrame() const { return sampleRate > 0 ? double(hop) / sampleRate : 0.0; }
    // The row whose centre frequency is nearest to hz (-1 when empty).
    int rowForHz(double hz) const;
    // The mel band whose centre is nearest to hz (-1 when there are none).
    int melBandForHz(double hz) const;
    // Frequency at a fractional row position, interpolated between row centres.
    double hzAtRow(double row) const;
};

// Computes the spectrogram the spec asks for, from the engine's STFT and mel code. Throws gtzan::Error.
DisplaySpectrogram computeDisplaySpectrogram(const Audio &audio, const DisplaySpectrogramSpec &spec);

// B - A, frame by frame, in dB: what an augmentation did to a clip's spectrogram (both computed
// with the same spec). Frames are compared by time from the start; when the two differ in length
// (a time stretch), the difference covers the shorter. Layers that are not levels (chroma, MFCC,
// tempogram) have no meaningful difference: throws gtzan::Error, as for mismatched rows.
DisplaySpectrogram spectrogramDifference(const DisplaySpectrogram &a, const DisplaySpectrogram &b);

// Resamples a linear power spectrogram ((nFft/2+1) x frames) onto `rows` log-spaced frequencies
// from fminHz to Nyquist: a row averages the bins inside its band, or interpolates between the two
// nearest bins where the band is narrower than one bin. rowHz receives the rows' centres.
Matrix logFrequencyPower(const Matrix &linearPower, int sampleRate, int nFft, int rows, double fminHz, std::vector<double> *rowHz = nullptr);

} // namespace gtzan
