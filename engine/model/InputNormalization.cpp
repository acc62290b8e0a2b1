#include "model/InputNormalization.h"
#include "common/Error.h"
#include "common/JsonArrays.h"
#include <QJsonArray>
#include <cmath>

namespace gtzan {

namespace {

std::vector<float> fromArray(const QJsonValue &v) {
    std::vector<float> out;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isDouble()) throw Error(QStringLiteral("the input normalisation holds a value that is not a number"));
        out.push_back(float(x.toDouble()));
    }
    return out;
}

} // namespace

std::vector<float> InputNormalization::normalizeEmbedding(std::vector<float> e) const {
    if (embeddingMean.size() == e.size() && embeddingStd.size() == e.size())
        for (size_t j = 0; j < e.size(); ++j) e[j] = (e[j] - embeddingMean[j]) / embeddingStd[j];
    return e;
}

std::vector<float> clipEmbedding(const ClipFeatures &clip) {
    if (!clip.embedding.empty()) return clip.embedding;
    const Matrix &m = clip.features;
    std::vector<float> out(size_t(2 * m.rows), 0.0f);
    if (m.cols == 0) return out;
    for (int r = 0; r < m.rows; ++r) {
        double sum = 0, sq = 0;
        const float *row = m.row(r);
        for (int c = 0; c < m.cols; ++c) sum += row[c];
        const double mean = sum / m.cols;
        for (int c = 0; c < m.cols; ++c) sq += (row[c] - mean) * (row[c] - mean);
        out[size_t(r)] = float(mean);
        out[size_t(m.rows + r)] = float(std::sqrt(sq / m.cols));
    }
    return out;
}

QString clipEmbeddingSource(const ClipFeatures &clip) {
    return clip.embedding.empty() ? QStringLiteral("band-mean-std") : QStringLiteral("provided");
}

InputNormalization InputNormalization::fit(const std::vector<ClipFeatures> &clips, bool withEmbedding, bool withSpectrogram) {
    InputNormalization n;
    double sum = 0, sq = 0, count = 0;
    for (const ClipFeatures &c : clips)
        for (float x : c.features.data) {
            if (!withSpectrogram) break;
            sum += x;
            sq += double(x) * x;
            count += 1;
        }
    if (count > 0) {
        n.mean = float(sum / count);
        const double var = sq / count - double(n.mean) * n.mean;
        n.std = var > 1e-12 ? float(std::sqrt(var)) : 1.0f;
    }
    if (withEmbedding && !clips.empty()) {
        std::vector<std::vector<float>> all;
        for (const ClipFeatures &c : clips) all.push_back(clipEmbedding(c));
        const size_t d = all.front().size();
        n.embeddingMean.assign(d, 0.0f);
        n.embeddingStd.assign(d, 1.0f);
        for (size_t j = 0; j < d; ++j) {
            double s = 0, q = 0;
            for (const auto &e : all) {
                if (e.size() != d) throw Error(QStringLiteral("clip embeddings differ in length (%1 and %2)").arg(d).arg(e.size()));
                s += e[j];
                q += double(e[j]) * e[j];
            }
            const double mean = s / double(all.size());
            const double var = q / double(all.size()) - mean * mean;
            n.embeddingMean[j] = float(mean);
            n.embeddingStd[j] = var > 1e-12 ? float(std::sqrt(var)) : 1.0f;
        }
    }
    return n;
}

QJsonObject InputNormalization::toJson() const {
    QJsonObject o{{QStringLiteral("mean"), double(mean)}, {QStringLiteral("std"), double(std)}};
    if (!embeddingMean.empty()) {
        o.insert(QStringLiteral("embeddingMean"), jsonArrayOf(embeddingMean));
        o.insert(QStringLiteral("embeddingStd"), jsonArrayOf(embeddingStd));
    }
    return o;
}

InputNormalization InputNormalization::fromJson(const QJsonObject &o) {
    InputNormalization n;
    if (!o.value(QStringLiteral("mean")).isDouble() || !o.value(QStringLiteral("std")).isDouble())
        throw Error(QStringLiteral("the input normalisation has no mean and standard deviation"));
    n.mean = float(o.value(QStringLiteral("mean")).toDouble());
    n.std = float(o.value(QStringLiteral("std")).toDouble());
    if (!(n.std > 0)) throw Error(QStringLiteral("the input normalisation has a standard deviation that is not positive"));
    n.embeddingMean = fromArray(o.value(QStringLiteral("embeddingMean")));
    n.embeddingStd = fromArray(o.value(QStringLiteral("embeddingStd")));
    if (n.embeddingMean.size() != n.embeddingStd.size())
        throw Error(QStringLiteral("the input normalisation's embedding mean and deviation differ in length"));
    for (float s : n.embeddingStd)
        if (!(s > 0)) throw Error(QStringLiteral("the input normalisation has an embedding deviation that is not positive"));
    return n;
}

} // namespace gtzan
