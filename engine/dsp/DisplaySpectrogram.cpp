#include "dsp/DisplaySpectrogram.h"
#include "common/Error.h"
#include "common/SortedSearch.h"
#include "dsp/Chroma.h"
#include "dsp/FeatureSpec.h"
#include "dsp/MelFilterbank.h"
#include "dsp/MelSpectrogram.h"
#include "dsp/Mfcc.h"
#include "dsp/Rhythm.h"
#include "dsp/Scaling.h"
#include "dsp/Stft.h"
#include "dsp/Tempogram.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

QString frequencyAxisName(FrequencyAxis axis) {
    switch (axis) {
    case FrequencyAxis::Linear: return QStringLiteral("linear");
    case FrequencyAxis::Log: return QStringLiteral("log");
    case FrequencyAxis::Chroma: return QStringLiteral("chroma");
    case FrequencyAxis::Mfcc: return QStringLiteral("mfcc");
    case FrequencyAxis::Onset: return QStringLiteral("onset");
    case FrequencyAxis::Tempogram: return QStringLiteral("tempogram");
    case FrequencyAxis::Mel: break;
    }
    return QStringLiteral("mel");
}

FrequencyAxis frequencyAxisFromName(const QString &name) {
    if (name == QLatin1String("mel")) return FrequencyAxis::Mel;
    if (name == QLatin1String("linear")) return FrequencyAxis::Linear;
    if (name == QLatin1String("log")) return FrequencyAxis::Log;
    if (name == QLatin1String("chroma")) return FrequencyAxis::Chroma;
    if (name == QLatin1String("mfcc")) return FrequencyAxis::Mfcc;
    if (name == QLatin1String("onset")) return FrequencyAxis::Onset;
    if (name == QLatin1String("tempogram")) return FrequencyAxis::Tempogram;
    throw Error(QStringLiteral("Unknown spectrogram layer \"%1\" (known: mel, linear, log, chroma, mfcc, onset, tempogram)").arg(name));
}

bool layerHasFrequencyRows(FrequencyAxis axis) {
    return axis == FrequencyAxis::Mel || axis == FrequencyAxis::Linear || axis == FrequencyAxis::Log || axis == FrequencyAxis::Onset;
}

void DisplaySpectrogramSpec::validate(int sampleRate) const {
    if (sampleRate <= 0) throw Error(QStringLiteral("The audio has no sample rate, so no spectrogram can be drawn"));
    if (nFft < 16 || nFft > 65536 || (nFft & (nFft - 1)) != 0)
        throw Error(QStringLiteral("FFT size %1 is not a power of two between 16 and 65536").arg(nFft));
    if (hop < 1 || hop > nFft) throw Error(QStringLiteral("Hop %1 must be between 1 and the FFT size %2").arg(hop).arg(nFft));
    if ((nMels < 1 || nMels > nFft / 2 + 1))
        throw Error(QStringLiteral("%1 mel bands do not fit an FFT of size %2 (at most %3)").arg(nMels).arg(nFft).arg(nFft / 2 + 1));
    if (axis == FrequencyAxis::Log && (logRows < 2 || logFminHz <= 0 || logFminHz >= sampleRate / 2.0))
        throw Error(QStringLiteral("The log-frequency view needs at least 2 rows and a lowest frequency between 0 and %1 Hz").arg(sampleRate / 2.0));
}

int DisplaySpectrogram::rowForHz(double hz) const { return nearestIndex(rowHz, hz); }
int DisplaySpectrogram::melBandForHz(double hz) const { return nearestIndex(melCentresHz, hz); }

double DisplaySpectrogram::hzAtRow(double row) const {
    if (rowHz.empty()) return 0.0;
    const double r = std::clamp(row, 0.0, double(rowHz.size() - 1));
    const size_t i = std::min(size_t(r), rowHz.size() - 1);
    const size_t j = std::min(i + 1, rowHz.size() - 1);
    return rowHz[i] + (r - double(i)) * (rowHz[j] - rowHz[i]);
}

Matrix logFrequencyPower(const Matrix &linear, int sampleRate, int nFft, int rows, double fminHz, std::vector<double> *rowHz) {
    const double nyquist = sampleRate / 2.0;
    const double binHz = double(sampleRate) / nFft;
    const double ratio = std::pow(nyquist / fminHz, 1.0 / rows); // band edges: fmin * ratio^r
    Matrix out(rows, linear.cols);
    if (rowHz) rowHz->assign(size_t(rows), 0.0);
    const int lastBin = linear.rows - 1;
    for (int r = 0; r < rows; ++r) {
        const double lo = fminHz * std::pow(ratio, r), hi = lo * ratio;
        const double centre = std::sqrt(lo * hi);
        if (rowHz) (*rowHz)[size_t(r)] = centre;
        const int first = std::max(0, int(std::ceil(lo / binHz)));
        const int last = std::min(lastBin, int(std::floor(hi / binHz)));
        float *dst = out.row(r);
        if (last - first >= 1) {
            // Wide band: the mean power of the bins inside it.
            const float scale = 1.0f / float(last - first + 1);
            for (int k = first; k <= last; ++k) {
                const float *src = linear.row(k);
                for (int c = 0; c < linear.cols; ++c) dst[c] += src[c];
            }
            for (int c = 0; c < linear.cols; ++c) dst[c] *= scale;
        } else {
            // Narrow band (low frequencies): interpolate between the two bins around its centre.
            const double pos = std::min(double(lastBin), centre / binHz);
            const int k0 = std::min(lastBin, int(std::floor(pos)));
            const int k1 = std::min(lastBin, k0 + 1);
            const float w = float(pos - k0);
            const float *a = linear.row(k0), *b = linear.row(k1);
            for (int c = 0; c < linear.cols; ++c) dst[c] = (1.0f - w) * a[c] + w * b[c];
        }
    }
    return out;
}

namespace {
// The display's mel spectrogram in dB: the same mel code as the features, with the display's FFT
// size, hop and band count.
Matrix displayMelDb(const Audio &audio, const DisplaySpectrogramSpec &spec) {
    FeatureSpec fs = FeatureSpec::native();
    fs.name = QStringLiteral("display");
    fs.sampleRate = audio.sampleRate;
    fs.nFft = fs.winLength = spec.nFft;
    fs.hop = spec.hop;
    fs.nMels = spec.nMels;
    fs.fmin = 0.0;
    fs.fmax = audio.sampleRate / 2.0;
    Matrix db = melPower(audio.samples.data(), audio.samples.size(), fs);
    powerToDb(db, 1.0, 1e-10, spec.topDb);
    return db;
}

// The onset curve at the display's columns (time cols * secondsPerFrame), scaled so its 95th
// percentile is 0.8: one loud hit does not flatten the rest.
std::vector<float> onsetCurveAtColumns(const Rhythm &rhythm, int columns, double secondsPerFrame) {
    std::vector<float> curve(size_t(std::max(0, columns)), 0.0f);
    const std::vector<float> &s = rhythm.onsetStrength;
    if (s.empty()) return curve;
    const float p95 = rhythm.onsetScale();
    const float scale = p95 > 1e-12f ? 0.8f / p95 : 0.0f;
    for (int c = 0; c < columns; ++c) {
        const double pos = c * secondsPerFrame * rhythm.framesPerSecond();
        const size_t i = std::min(s.size() - 1, size_t(std::max(0.0, pos)));
        curve[size_t(c)] = std::min(1.0f, s[i] * scale);
    }
    return curve;
}
} // namespace

DisplaySpectrogram computeDisplaySpectrogram(const Audio &audio, const DisplaySpectrogramSpec &spec) {
    spec.validate(audio.sampleRate);
    if (audio.samples.empty()) throw Error(QStringLiteral("The audio is empty, so there is no spectrogram to draw"));
    DisplaySpectrogram out;
    out.axis = spec.axis;
    out.sampleRate = audio.sampleRate;
    out.hop = spec.hop;
    const double nyquist = audio.sampleRate / 2.0;
    const MelFilterbank bank(audio.sampleRate, spec.nFft, spec.nMels, 0.0, nyquist);
    for (int m = 0; m < bank.nMels(); ++m) out.melCentresHz.push_back(bank.centreHz(m));
    switch (spec.axis) {
    case FrequencyAxis::Mel:
    case FrequencyAxis::Onset:
        out.db = displayMelDb(audio, spec);
        out.rowHz = out.melCentresHz;
        if (spec.axis == FrequencyAxis::Onset) {
            const Rhythm rhythm = analyseRhythm(audio);
            out.onsetCurve = onsetCurveAtColumns(rhythm, out.db.cols, out.secondsPerFrame());
            out.beatSeconds = rhythm.beatSeconds;
            out.tempoBpm = rhythm.tempoBpm;
        }
        break;
    case FrequencyAxis::Linear:
    case FrequencyAxis::Log: {
        Matrix power = powerSpectrogram(audio.samples.data(), audio.samples.size(), spec.nFft, spec.hop, spec.nFft);
        if (spec.axis == FrequencyAxis::Linear) {
            out.db = std::move(power);
            for (int k = 0; k < out.db.rows; ++k) out.rowHz.push_back(double(k) * audio.sampleRate / spec.nFft);
        } else {
            out.db = logFrequencyPower(power, audio.sampleRate, spec.nFft, spec.logRows, spec.logFminHz, &out.rowHz);
        }
        powerToDb(out.db, 1.0, 1e-10, spec.topDb);
        break;
    }
    case FrequencyAxis::Chroma: {
        // Semitones 55 Hz apart need finer bins than the display's FFT may give: at least 4096 points.
        const int nFft = std::max(spec.nFft, 4096);
        const Matrix power = powerSpectrogram(audio.samples.data(), audio.samples.size(), nFft, spec.hop, nFft);
        out.db = chromaFromPower(power, audio.sampleRate, nFft);
        out.rowNames = pitchClassNames();
        out.decibels = false;
        break;
    }
    case FrequencyAxis::Mfcc:
        out.db = mfccFromMelDb(displayMelDb(audio, spec), 20);
        for (int k = 0; k < out.db.rows; ++k) out.rowNames << QString::number(k);
        out.decibels = false;
        break;
    case FrequencyAxis::Tempogram: {
        const Rhythm rhythm = analyseRhythm(audio);
        Tempogram t = computeTempogram(rhythm.onsetStrength, rhythm.framesPerSecond());
        out.db = std::move(t.strength);
        out.rowBpm = t.rowBpm;
        out.hop = t.step * rhythm.hop * audio.sampleRate / rhythm.sampleRate;
        out.beatSeconds = rhythm.beatSeconds;
        out.tempoBpm = rhythm.tempoBpm;
        out.decibels = false;
        // The tempo the onsets repeat at most strongly over the clip. It need not be the beat
        // tracker's: aubio locks onto one period (metal.00000: 127.9 BPM at confidence 0.11)
        // while the onsets of a rough texture repeat more at others (about 190 and 90 BPM there).
        double best = -1e30;
        for (int r = 0; r < out.db.rows; ++r) {
            double sum = 0;
            for (int c = 0; c < out.db.cols; ++c) sum += out.db.at(r, c);
            if (sum > best && size_t(r) < out.rowBpm.size()) best = sum, out.tempogramPeakBpm = out.rowBpm[size_t(r)];
        }
        break;
    }
    }
    return out;
}

DisplaySpectrogram spectrogramDifference(const DisplaySpectrogram &a, const DisplaySpectrogram &b) {
    if (!a.decibels || !b.decibels) throw Error(QStringLiteral("a difference is shown for levels in dB only, not for this layer"));
    if (a.db.rows != b.db.rows || a.axis != b.axis || a.hop != b.hop || a.sampleRate != b.sampleRate)
        throw Error(QStringLiteral("the two spectrograms were computed with different settings"));
    DisplaySpectrogram d = a;
    d.onsetCurve.clear();
    d.beatSeconds.clear();
    const int cols = std::min(a.db.cols, b.db.cols);
    d.db = Matrix(a.db.rows, cols);
    for (int r = 0; r < a.db.rows; ++r) {
        const float *ra = a.db.row(r), *rb = b.db.row(r);
        float *out = d.db.row(r);
        for (int c = 0; c < cols; ++c) out[c] = rb[c] - ra[c];
    }
    return d;
}

} // namespace gtzan
