#include "dsp/DisplaySpectrogram.h"
#include "common/Error.h"
#include "dsp/FeatureSpec.h"
#include "dsp/MelFilterbank.h"
#include "dsp/MelSpectrogram.h"
#include "dsp/Scaling.h"
#include "dsp/Stft.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

QString frequencyAxisName(FrequencyAxis axis) {
    switch (axis) {
    case FrequencyAxis::Linear: return QStringLiteral("linear");
    case FrequencyAxis::Log: return QStringLiteral("log");
    case FrequencyAxis::Mel: break;
    }
    return QStringLiteral("mel");
}

FrequencyAxis frequencyAxisFromName(const QString &name) {
    if (name == QLatin1String("mel")) return FrequencyAxis::Mel;
    if (name == QLatin1String("linear")) return FrequencyAxis::Linear;
    if (name == QLatin1String("log")) return FrequencyAxis::Log;
    throw Error(QStringLiteral("Unknown frequency axis \"%1\" (known: mel, linear, log)").arg(name));
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

namespace {
// Index of the value nearest to x in a rising vector (-1 when empty).
int nearestIndex(const std::vector<double> &rising, double x) {
    if (rising.empty()) return -1;
    auto it = std::lower_bound(rising.begin(), rising.end(), x);
    if (it == rising.end()) return int(rising.size()) - 1;
    if (it == rising.begin()) return 0;
    const auto below = it - 1;
    return int((x - *below <= *it - x) ? below - rising.begin() : it - rising.begin());
}
} // namespace

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
    if (spec.axis == FrequencyAxis::Mel) {
        // The same mel code as the features, with the display's FFT size, hop and band count.
        FeatureSpec fs = FeatureSpec::native();
        fs.name = QStringLiteral("display");
        fs.sampleRate = audio.sampleRate;
        fs.nFft = fs.winLength = spec.nFft;
        fs.hop = spec.hop;
        fs.nMels = spec.nMels;
        fs.fmin = 0.0;
        fs.fmax = nyquist;
        out.db = melPower(audio.samples.data(), audio.samples.size(), fs);
        out.rowHz = out.melCentresHz;
    } else {
        Matrix power = powerSpectrogram(audio.samples.data(), audio.samples.size(), spec.nFft, spec.hop, spec.nFft);
        if (spec.axis == FrequencyAxis::Linear) {
            out.db = std::move(power);
            for (int k = 0; k < out.db.rows; ++k) out.rowHz.push_back(double(k) * audio.sampleRate / spec.nFft);
        } else {
            out.db = logFrequencyPower(power, audio.sampleRate, spec.nFft, spec.logRows, spec.logFminHz, &out.rowHz);
        }
    }
    powerToDb(out.db, 1.0, 1e-10, spec.topDb);
    return out;
}

} // namespace gtzan
