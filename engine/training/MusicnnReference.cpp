#include "training/MusicnnReference.h"
#include "common/Error.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/TrainingEmbeddings.h"
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace gtzan {

Matrix MusicnnReference::rowsOf(const std::vector<ClipFeatures> &clips) const {
    std::vector<int> picked;
    QSet<QString> seen;
    for (const ClipFeatures &c : clips) {
        if (seen.contains(c.clip.id)) continue;
        seen.insert(c.clip.id);
        const int r = rowOfClip.value(c.clip.id, -1);
        if (r >= 0) picked.push_back(r);
    }
    Matrix out(int(picked.size()), rows.cols);
    for (size_t i = 0; i < picked.size(); ++i) std::copy(rows.row(picked[i]), rows.row(picked[i]) + rows.cols, out.row(int(i)));
    return out;
}

MusicnnReference musicnnReferenceOf(const std::vector<ClipFeatures> &clips, std::shared_ptr<const MusicnnEmbedder> musicnn, const QString &cacheDir,
                                    const EmbeddingProgress &progress, const std::atomic_bool *cancel) {
    if (!musicnn) throw Error(QStringLiteral("no musicnn network for the reference vectors"));
    std::vector<ClipFeatures> originals;
    for (size_t i : originalClipIndices(clips)) {
        ClipFeatures light; // only the clip record: the embedding is computed from its file
        light.clip = clips[i].clip;
        originals.push_back(std::move(light));
    }
    const EmbeddingCache cache(cacheDir.isEmpty() ? EmbeddingCache::defaultDir() : cacheDir + QStringLiteral("/musicnn"));
    attachMusicnnEmbeddings(originals, *musicnn, MusicnnLayer::MaxPool, &cache, progress, cancel);
    MusicnnReference ref;
    ref.musicnn = std::move(musicnn);
    if (originals.empty()) return ref;
    ref.rows = Matrix(int(originals.size()), int(originals.front().embedding.size()));
    for (size_t i = 0; i < originals.size(); ++i) {
        const std::vector<float> &e = originals[i].embedding;
        if (int(e.size()) != ref.rows.cols) throw Error(QStringLiteral("musicnn clip embeddings differ in length"));
        std::copy(e.begin(), e.end(), ref.rows.row(int(i)));
        ref.rowOfClip.insert(originals[i].clip.id, int(i));
    }
    return ref;
}

void setMusicnnReferenceRule(TrustRules &rules, const Matrix &raw, const QString &musicnnName, double q, double factor) {
    if (raw.rows < 3) return;
    const int dims = raw.cols;
    std::vector<double> mean(size_t(dims), 0.0), sd(size_t(dims), 0.0);
    for (int r = 0; r < raw.rows; ++r)
        for (int c = 0; c < dims; ++c) mean[size_t(c)] += raw.row(r)[c];
    for (double &m : mean) m /= raw.rows;
    for (int r = 0; r < raw.rows; ++r)
        for (int c = 0; c < dims; ++c) sd[size_t(c)] += std::pow(raw.row(r)[c] - mean[size_t(c)], 2);
    double meanSd = 0;
    for (double &s : sd) meanSd += (s = std::sqrt(s / std::max(1, raw.rows - 1)));
    meanSd /= std::max(1, dims);
    // A unit that barely moves over the training clips must not turn a tiny difference into a
    // huge distance: its spread is floored at a tenth of the typical one.
    const double floor = std::max(1e-6, 0.1 * meanSd);
    rules.referenceSpace = QLatin1String(kMusicnnReferenceSpace);
    rules.referenceMean.assign(size_t(dims), 0.0f);
    rules.referenceScale.assign(size_t(dims), 1.0f);
    for (int c = 0; c < dims; ++c) {
        rules.referenceMean[size_t(c)] = float(mean[size_t(c)]);
        rules.referenceScale[size_t(c)] = float(std::max(floor, sd[size_t(c)]));
    }
    rules.trainingEmbeddings = Matrix(raw.rows, dims);
    for (int r = 0; r < raw.rows; ++r) {
        const std::vector<float> s = rules.standardizedReference(std::vector<float>(raw.row(r), raw.row(r) + dims));
        std::copy(s.begin(), s.end(), rules.trainingEmbeddings.row(r));
    }
    setLeaveOneOutThreshold(rules, q, factor);
    rules.provenance.insert(QStringLiteral("referenceSpace"), QStringLiteral("%1 max_pool clip embedding, standardised").arg(musicnnName));
}

} // namespace gtzan
