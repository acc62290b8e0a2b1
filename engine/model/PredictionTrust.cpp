#include "model/PredictionTrust.h"
#include "common/Error.h"
#include "common/JsonArrays.h"
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gtzan {

namespace {
std::vector<float> floatsOf(const QJsonValue &v, const char *what) {
    const QJsonArray a = v.toArray();
    if (a.size() > 65536) throw Error(QStringLiteral("its %1 has %2 values").arg(QLatin1String(what)).arg(a.size()));
    std::vector<float> out;
    for (const QJsonValue &x : a) {
        const double d = x.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!std::isfinite(d) || std::abs(d) > 1e12)
            throw Error(QStringLiteral("its %1 holds a value that is not a finite number").arg(QLatin1String(what)));
        out.push_back(float(d));
    }
    return out;
}
} // namespace

std::vector<float> TrustRules::standardizedReference(const std::vector<float> &raw) const {
    if (raw.size() != referenceMean.size()) return {};
    std::vector<float> out(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) out[i] = (raw[i] - referenceMean[i]) / referenceScale[i];
    return out;
}

QJsonObject TrustRules::toJson() const {
    QJsonObject o{{QStringLiteral("temperature"), temperature},
                  {QStringLiteral("calibrated"), calibrated},
                  {QStringLiteral("minConfidence"), minConfidence},
                  {QStringLiteral("closeMargin"), closeMargin},
                  {QStringLiteral("distanceThreshold"), distanceThreshold},
                  {QStringLiteral("trainingClips"), trainingEmbeddings.rows},
                  {QStringLiteral("distance"), QStringLiteral("rms-normalised-embedding")},
                  {QStringLiteral("provenance"), provenance}};
    if (calibration.calibrated()) o.insert(QStringLiteral("calibration"), calibration.toJson());
    if (!referenceSpace.isEmpty()) {
        o.insert(QStringLiteral("referenceSpace"), referenceSpace);
        o.insert(QStringLiteral("referenceMean"), jsonArrayOf(referenceMean));
        o.insert(QStringLiteral("referenceScale"), jsonArrayOf(referenceScale));
    }
    return o;
}

TrustRules TrustRules::fromJson(const QJsonObject &o) {
    TrustRules r;
    r.temperature = o.value(QStringLiteral("temperature")).toDouble(1.0);
    r.calibrated = o.value(QStringLiteral("calibrated")).toBool(false);
    r.minConfidence = o.value(QStringLiteral("minConfidence")).toDouble(r.minConfidence);
    r.closeMargin = o.value(QStringLiteral("closeMargin")).toDouble(r.closeMargin);
    r.distanceThreshold = o.value(QStringLiteral("distanceThreshold")).toDouble(0);
    r.provenance = o.value(QStringLiteral("provenance")).toObject();
    r.calibration = CalibrationRecord::fromJson(o.value(QStringLiteral("calibration")).toObject());
    r.referenceSpace = o.value(QStringLiteral("referenceSpace")).toString();
    if (!r.referenceSpace.isEmpty()) {
        if (!r.usesMusicnnReference()) throw Error(QStringLiteral("its reference space \"%1\" is unknown").arg(r.referenceSpace.left(60)));
        r.referenceMean = floatsOf(o.value(QStringLiteral("referenceMean")), "reference mean");
        r.referenceScale = floatsOf(o.value(QStringLiteral("referenceScale")), "reference scale");
        if (r.referenceMean.empty() || r.referenceMean.size() != r.referenceScale.size())
            throw Error(QStringLiteral("its reference mean and scale differ in length"));
        for (float s : r.referenceScale)
            if (!(s >= 1e-12f)) throw Error(QStringLiteral("its reference scale holds a value that is not above 0"));
    }
    if (!std::isfinite(r.temperature) || r.temperature < 0.01 || r.temperature > 100)
        throw Error(QStringLiteral("its calibration temperature %1 is outside 0.01..100").arg(r.temperature));
    if (!std::isfinite(r.minConfidence) || r.minConfidence < 0 || r.minConfidence > 1)
        throw Error(QStringLiteral("its minimum confidence %1 is outside 0..1").arg(r.minConfidence));
    if (!std::isfinite(r.closeMargin) || r.closeMargin < 0 || r.closeMargin > 1)
        throw Error(QStringLiteral("its close margin %1 is outside 0..1").arg(r.closeMargin));
    if (!std::isfinite(r.distanceThreshold) || r.distanceThreshold < 0 || r.distanceThreshold > 1e6)
        throw Error(QStringLiteral("its distance threshold %1 is outside 0..1e6").arg(r.distanceThreshold));
    return r;
}

QJsonObject TrustVerdict::toJson(const QStringList &genres) const {
    QJsonObject o{{QStringLiteral("unsure"), unsure}, {QStringLiteral("confidence"), confidence}};
    if (unsure) {
        o.insert(QStringLiteral("unsureKind"), kind);
        o.insert(QStringLiteral("reason"), reason);
    }
    if (nearestDistance >= 0) o.insert(QStringLiteral("nearestTrainingDistance"), nearestDistance);
    if (runnerUp >= 0) o.insert(QStringLiteral("runnerUp"), genres.value(runnerUp));
    return o;
}

double embeddingDistance(const float *a, const float *b, int dims) {
    double sum = 0;
    for (int i = 0; i < dims; ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    return dims > 0 ? std::sqrt(sum / dims) : 0.0;
}

double nearestRowDistance(const Matrix &rows, const float *v, int skip) {
    double best = std::numeric_limits<double>::infinity();
    for (int r = 0; r < rows.rows; ++r)
        if (r != skip) best = std::min(best, embeddingDistance(rows.row(r), v, rows.cols));
    return best;
}

std::vector<double> leaveOneOutDistances(const Matrix &rows) {
    std::vector<double> out;
    for (int r = 0; r < rows.rows; ++r) out.push_back(nearestRowDistance(rows, rows.row(r), r));
    return out;
}

void setLeaveOneOutThreshold(TrustRules &rules, double q, double factor) {
    const std::vector<double> loo = leaveOneOutDistances(rules.trainingEmbeddings);
    rules.distanceThreshold = factor * quantile(loo, q);
    rules.provenance.insert(QStringLiteral("distanceRule"), QJsonObject{{QStringLiteral("looQuantile"), q}, {QStringLiteral("factor"), factor}});
    rules.provenance.insert(QStringLiteral("looDistanceMax"), quantile(loo, 1.0));
    rules.provenance.insert(QStringLiteral("looDistanceMedian"), quantile(loo, 0.5));
}

double quantile(std::vector<double> values, double q) {
    if (values.empty()) throw Error(QStringLiteral("a quantile of no values"));
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos)), hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

std::vector<float> calibratedProbabilities(const float *logits, size_t count, double temperature) {
    return calibratedMean({std::vector<float>(logits, logits + count)}, temperature);
}

std::vector<float> calibratedMean(const std::vector<std::vector<float>> &segmentLogits, double temperature) {
    if (segmentLogits.empty()) return {};
    const size_t k = segmentLogits.front().size();
    std::vector<double> sum(k, 0.0);
    for (const std::vector<float> &z : segmentLogits) {
        double top = -std::numeric_limits<double>::infinity();
        for (float v : z) top = std::max(top, double(v) / temperature);
        double norm = 0;
        std::vector<double> e(k);
        for (size_t j = 0; j < k; ++j) norm += (e[j] = std::exp(double(z[j]) / temperature - top));
        for (size_t j = 0; j < k; ++j) sum[j] += e[j] / norm;
    }
    std::vector<float> out(k);
    for (size_t j = 0; j < k; ++j) out[j] = float(sum[j] / double(segmentLogits.size()));
    return out;
}

double meanNegativeLogLikelihood(const std::vector<std::vector<std::vector<float>>> &clipSegmentLogits, const std::vector<int> &labels,
                                 double temperature) {
    double nll = 0;
    for (size_t c = 0; c < clipSegmentLogits.size(); ++c) {
        const std::vector<float> p = calibratedMean(clipSegmentLogits[c], temperature);
        nll -= std::log(std::max(1e-12, double(p.at(size_t(labels[c])))));
    }
    return clipSegmentLogits.empty() ? 0.0 : nll / double(clipSegmentLogits.size());
}

double fitTemperature(const std::vector<std::vector<std::vector<float>>> &clipSegmentLogits, const std::vector<int> &labels) {
    if (clipSegmentLogits.empty() || clipSegmentLogits.size() != labels.size())
        throw Error(QStringLiteral("temperature calibration needs one label per clip"));
    // The NLL is unimodal in log T for a single temperature: golden-section search is enough.
    double a = std::log(0.05), b = std::log(20.0);
    const double g = (std::sqrt(5.0) - 1) / 2;
    double c = b - g * (b - a), d = a + g * (b - a);
    double fc = meanNegativeLogLikelihood(clipSegmentLogits, labels, std::exp(c));
    double fd = meanNegativeLogLikelihood(clipSegmentLogits, labels, std::exp(d));
    for (int i = 0; i < 60; ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = meanNegativeLogLikelihood(clipSegmentLogits, labels, std::exp(c));
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = meanNegativeLogLikelihood(clipSegmentLogits, labels, std::exp(d));
        }
    }
    return std::exp((a + b) / 2);
}

TrustVerdict judgePrediction(const TrustRules &rules, const std::vector<float> &probabilities, const QStringList &genres,
                             const std::vector<float> *embedding) {
    TrustVerdict v;
    if (probabilities.empty()) return v;
    std::vector<size_t> order(probabilities.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return probabilities[x] > probabilities[y]; });
    v.confidence = probabilities[order[0]];
    const bool close = order.size() > 1 && probabilities[order[0]] - probabilities[order[1]] <= rules.closeMargin;
    if (close) v.runnerUp = int(order[1]);
    if (embedding && rules.hasDistanceCheck() && int(embedding->size()) == rules.trainingEmbeddings.cols) {
        v.nearestDistance = nearestRowDistance(rules.trainingEmbeddings, embedding->data());
        if (v.nearestDistance > rules.distanceThreshold) {
            v.unsure = true;
            v.kind = QStringLiteral("far-from-training");
            v.reason = QStringLiteral("this does not sound like any of the %1 GTZAN genres it knows").arg(genres.size());
            return v;
        }
    }
    if (v.confidence < rules.minConfidence) {
        v.unsure = true;
        v.kind = QStringLiteral("low-confidence");
        v.runnerUp = order.size() > 1 ? int(order[1]) : -1;
        v.reason = v.runnerUp >= 0 ? QStringLiteral("between %1 and %2").arg(genres.value(int(order[0])), genres.value(v.runnerUp))
                                   : QStringLiteral("low confidence");
    }
    return v;
}

} // namespace gtzan
