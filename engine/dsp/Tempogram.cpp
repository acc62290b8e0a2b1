#include "dsp/Tempogram.h"
#include "common/Error.h"
#include <QString>
#include <algorithm>
#include <cmath>

namespace gtzan {

Tempogram computeTempogram(const std::vector<float> &onset, double fps, const TempogramOptions &o) {
    if (fps <= 0 || o.rows < 2 || o.minBpm <= 0 || o.maxBpm <= o.minBpm || o.windowSeconds <= 0 || o.maxColumns < 1)
        throw Error(QStringLiteral("The tempogram's settings are out of range"));
    Tempogram out;
    const int n = int(onset.size());
    if (n == 0) return out;
    const int window = std::max(8, int(std::lround(o.windowSeconds * fps)));
    const double maxLag = 60.0 * fps / o.minBpm;
    const int lags = std::min(window - 1, int(std::ceil(maxLag)) + 1);
    out.step = std::max(1, (n + o.maxColumns - 1) / o.maxColumns);
    const int columns = (n + out.step - 1) / out.step;
    out.rowBpm.resize(size_t(o.rows));
    for (int r = 0; r < o.rows; ++r) out.rowBpm[size_t(r)] = o.minBpm * std::pow(o.maxBpm / o.minBpm, double(r) / (o.rows - 1));
    out.strength = Matrix(o.rows, columns);

    std::vector<double> hann(static_cast<size_t>(window)), segment(static_cast<size_t>(window)), acf(static_cast<size_t>(lags) + 1);
    for (int i = 0; i < window; ++i) hann[size_t(i)] = 0.5 - 0.5 * std::cos(6.283185307179586 * (i + 0.5) / window);
    for (int c = 0; c < columns; ++c) {
        const int centre = c * out.step;
        // The window around this moment, zero beyond the ends, mean removed so a constant level is no "tempo".
        double mean = 0;
        int inside = 0;
        for (int i = 0; i < window; ++i) {
            const int at = centre - window / 2 + i;
            const double v = at >= 0 && at < n ? double(onset[size_t(at)]) : 0.0;
            segment[size_t(i)] = v;
            if (at >= 0 && at < n) {
                mean += v;
                ++inside;
            }
        }
        mean = inside > 0 ? mean / inside : 0.0;
        for (int i = 0; i < window; ++i) {
            const int at = centre - window / 2 + i;
            segment[size_t(i)] = at >= 0 && at < n ? (segment[size_t(i)] - mean) * hann[size_t(i)] : 0.0;
        }
        for (int lag = 0; lag <= lags; ++lag) {
            double sum = 0;
            for (int i = 0; i + lag < window; ++i) sum += segment[size_t(i)] * segment[size_t(i + lag)];
            acf[size_t(lag)] = sum;
        }
        const double norm = acf[0] > 1e-20 ? acf[0] : 1.0;
        for (int r = 0; r < o.rows; ++r) {
            const double lag = 60.0 * fps / out.rowBpm[size_t(r)];
            const int l0 = int(std::floor(lag));
            float v = 0;
            if (l0 >= 0 && l0 + 1 <= lags) {
                const double w = lag - l0;
                v = float(((1 - w) * acf[size_t(l0)] + w * acf[size_t(l0 + 1)]) / norm);
            }
            out.strength.at(r, c) = std::clamp(v, -1.0f, 1.0f);
        }
    }
    return out;
}

} // namespace gtzan
