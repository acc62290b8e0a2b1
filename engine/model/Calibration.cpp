#include "model/Calibration.h"
#include "common/Error.h"
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {
double finiteIn(const QJsonObject &o, const char *key, double lo, double hi) {
    const double v = o.value(QLatin1String(key)).toDouble(0);
    if (!std::isfinite(v) || v < lo || v > hi)
        throw Error(QStringLiteral("its calibration figure \"%1\" (%2) is outside %3..%4").arg(QLatin1String(key)).arg(v).arg(lo).arg(hi));
    return v;
}
constexpr int kMaxClips = 10000000;
} // namespace

CalibrationFigures calibrationFigures(const std::vector<std::vector<float>> &clipProbabilities, const std::vector<int> &labels, int binCount) {
    if (clipProbabilities.size() != labels.size()) throw Error(QStringLiteral("calibration figures need one label per clip"));
    if (binCount < 1 || binCount > 100) throw Error(QStringLiteral("a reliability diagram takes 1 to 100 bins"));
    CalibrationFigures f;
    f.clips = int(clipProbabilities.size());
    f.bins.resize(size_t(binCount));
    for (int b = 0; b < binCount; ++b) {
        f.bins[size_t(b)].lower = double(b) / binCount;
        f.bins[size_t(b)].upper = double(b + 1) / binCount;
    }
    if (clipProbabilities.empty()) return f;
    std::vector<double> confidenceSum(size_t(binCount), 0.0);
    std::vector<int> right(size_t(binCount), 0);
    int correct = 0;
    double confidenceTotal = 0, nll = 0;
    for (size_t c = 0; c < clipProbabilities.size(); ++c) {
        const std::vector<float> &p = clipProbabilities[c];
        if (p.empty() || labels[c] < 0 || labels[c] >= int(p.size())) throw Error(QStringLiteral("calibration figures: a label outside the genres"));
        const int top = int(std::max_element(p.begin(), p.end()) - p.begin());
        const double confidence = p[size_t(top)];
        const int b = std::clamp(int(confidence * binCount), 0, binCount - 1); // confidence 1.0 goes in the last bin
        ++f.bins[size_t(b)].clips;
        confidenceSum[size_t(b)] += confidence;
        const bool hit = top == labels[c];
        right[size_t(b)] += hit ? 1 : 0;
        correct += hit ? 1 : 0;
        confidenceTotal += confidence;
        nll -= std::log(std::max(1e-12, double(p[size_t(labels[c])])));
    }
    const double n = double(clipProbabilities.size());
    f.accuracy = correct / n;
    f.meanConfidence = confidenceTotal / n;
    f.nll = nll / n;
    for (int b = 0; b < binCount; ++b) {
        ReliabilityBin &bin = f.bins[size_t(b)];
        if (bin.clips == 0) continue;
        bin.meanConfidence = confidenceSum[size_t(b)] / bin.clips;
        bin.accuracy = double(right[size_t(b)]) / bin.clips;
        f.ece += bin.clips / n * std::abs(bin.accuracy - bin.meanConfidence);
    }
    return f;
}

QJsonObject CalibrationFigures::toJson() const {
    QJsonArray b;
    for (const ReliabilityBin &bin : bins)
        b.append(QJsonObject{{QStringLiteral("lower"), bin.lower},
                             {QStringLiteral("upper"), bin.upper},
                             {QStringLiteral("clips"), bin.clips},
                             {QStringLiteral("meanConfidence"), bin.meanConfidence},
                             {QStringLiteral("accuracy"), bin.accuracy}});
    return QJsonObject{{QStringLiteral("clips"), clips}, {QStringLiteral("accuracy"), accuracy}, {QStringLiteral("meanConfidence"), meanConfidence},
                       {QStringLiteral("ece"), ece},     {QStringLiteral("nll"), nll},           {QStringLiteral("bins"), b}};
}

CalibrationFigures CalibrationFigures::fromJson(const QJsonObject &o) {
    CalibrationFigures f;
    f.clips = int(finiteIn(o, "clips", 0, kMaxClips));
    f.accuracy = finiteIn(o, "accuracy", 0, 1);
    f.meanConfidence = finiteIn(o, "meanConfidence", 0, 1);
    f.ece = finiteIn(o, "ece", 0, 1);
    f.nll = finiteIn(o, "nll", 0, 1000);
    const QJsonArray bins = o.value(QStringLiteral("bins")).toArray();
    if (bins.size() > 100) throw Error(QStringLiteral("its reliability diagram has %1 bins (at most 100)").arg(bins.size()));
    for (const QJsonValue &v : bins) {
        const QJsonObject b = v.toObject();
        ReliabilityBin bin;
        bin.lower = finiteIn(b, "lower", 0, 1);
        bin.upper = finiteIn(b, "upper", 0, 1);
        bin.clips = int(finiteIn(b, "clips", 0, kMaxClips));
        bin.meanConfidence = finiteIn(b, "meanConfidence", 0, 1);
        bin.accuracy = finiteIn(b, "accuracy", 0, 1);
        f.bins.push_back(bin);
    }
    return f;
}

QJsonObject CalibrationRecord::toJson() const {
    if (!calibrated()) return {};
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("fittedOn"), fittedOn},
                       {QStringLiteral("clips"), clips},
                       {QStringLiteral("before"), before.toJson()},
                       {QStringLiteral("after"), after.toJson()}};
}

CalibrationRecord CalibrationRecord::fromJson(const QJsonObject &o) {
    CalibrationRecord r;
    if (o.isEmpty()) return r;
    r.method = o.value(QStringLiteral("method")).toString().left(40);
    r.fittedOn = o.value(QStringLiteral("fittedOn")).toString().left(40);
    r.clips = int(finiteIn(o, "clips", 0, kMaxClips));
    r.before = CalibrationFigures::fromJson(o.value(QStringLiteral("before")).toObject());
    r.after = CalibrationFigures::fromJson(o.value(QStringLiteral("after")).toObject());
    return r;
}

} // namespace gtzan
