#include "training/Evaluation.h"
#include "common/Error.h"
#include "models/ModelConfig.h"
#include <QJsonArray>
#include <algorithm>

namespace gtzan {

namespace {

int argmax(const std::vector<float> &v) { return int(std::max_element(v.begin(), v.end()) - v.begin()); }

template <typename T> QJsonArray toArray(const std::vector<T> &v) {
    QJsonArray a;
    for (const T &x : v) a.append(double(x));
    return a;
}

} // namespace

Evaluation evaluateSegments(const QStringList &genres, const std::vector<ClipRecord> &clips, const std::vector<int> &segmentClip,
                            const std::vector<std::vector<float>> &probs) {
    const int k = int(genres.size());
    if (segmentClip.size() != probs.size())
        throw Error(QStringLiteral("%1 segments but %2 segment predictions").arg(segmentClip.size()).arg(probs.size()));
    Evaluation ev;
    ev.genres = genres;
    ev.confusion.assign(size_t(k), std::vector<int>(size_t(k), 0));
    ev.perClass.assign(size_t(k), {});
    std::vector<std::vector<size_t>> byClip(clips.size());
    int segmentCorrect = 0;
    for (size_t i = 0; i < segmentClip.size(); ++i) {
        const int c = segmentClip[i];
        if (c < 0 || size_t(c) >= clips.size()) throw Error(QStringLiteral("segment %1 refers to no clip").arg(i));
        if (int(probs[i].size()) != k)
            throw Error(QStringLiteral("a segment prediction has %1 classes, the genre list %2").arg(probs[i].size()).arg(k));
        byClip[size_t(c)].push_back(i);
        segmentCorrect += argmax(probs[i]) == clips[size_t(c)].label;
    }
    ev.segments = int(segmentClip.size());
    ev.segmentAccuracy = ev.segments ? double(segmentCorrect) / ev.segments : 0.0;

    int correctMean = 0, correctMax = 0, correctVote = 0;
    for (size_t c = 0; c < clips.size(); ++c) {
        if (byClip[c].empty()) continue;
        ClipVerdict v;
        v.id = clips[c].id;
        v.path = clips[c].path;
        v.trueLabel = clips[c].label;
        v.probabilities.assign(size_t(k), 0.0f);
        std::vector<float> maxima(size_t(k), 0.0f);
        std::vector<int> votes(size_t(k), 0);
        for (size_t s : byClip[c]) {
            for (int j = 0; j < k; ++j) {
                v.probabilities[size_t(j)] += probs[s][size_t(j)] / float(byClip[c].size());
                maxima[size_t(j)] = std::max(maxima[size_t(j)], probs[s][size_t(j)]);
            }
            v.segmentPredictions.push_back(argmax(probs[s]));
            ++votes[size_t(v.segmentPredictions.back())];
        }
        v.predicted = argmax(v.probabilities);
        v.predictedByMax = argmax(maxima);
        v.predictedByVote = 0;
        for (int j = 1; j < k; ++j) {
            const int best = v.predictedByVote;
            if (votes[size_t(j)] > votes[size_t(best)] ||
                (votes[size_t(j)] == votes[size_t(best)] && v.probabilities[size_t(j)] > v.probabilities[size_t(best)]))
                v.predictedByVote = j;
        }
        if (v.trueLabel >= 0 && v.trueLabel < k) ++ev.confusion[size_t(v.trueLabel)][size_t(v.predicted)];
        correctMean += v.predicted == v.trueLabel;
        correctMax += v.predictedByMax == v.trueLabel;
        correctVote += v.predictedByVote == v.trueLabel;
        ev.clips.push_back(std::move(v));
    }
    const double n = double(ev.clips.size());
    if (n > 0) {
        ev.accuracy = correctMean / n;
        ev.accuracyByMax = correctMax / n;
        ev.accuracyByVote = correctVote / n;
    }
    double f1Sum = 0;
    for (int j = 0; j < k; ++j) {
        int tp = ev.confusion[size_t(j)][size_t(j)], predicted = 0, actual = 0;
        for (int i = 0; i < k; ++i) {
            predicted += ev.confusion[size_t(i)][size_t(j)];
            actual += ev.confusion[size_t(j)][size_t(i)];
        }
        ClassMetrics &m = ev.perClass[size_t(j)];
        m.support = actual;
        m.precision = predicted ? double(tp) / predicted : 0.0;
        m.recall = actual ? double(tp) / actual : 0.0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
        f1Sum += m.f1;
    }
    ev.macroF1 = k ? f1Sum / k : 0.0;
    return ev;
}

QJsonObject Evaluation::toJson() const {
    QJsonArray confusionJson, perClassJson, clipsJson;
    for (const auto &row : confusion) confusionJson.append(toArray(row));
    for (int j = 0; j < int(perClass.size()); ++j) {
        const ClassMetrics &m = perClass[size_t(j)];
        perClassJson.append(QJsonObject{{QStringLiteral("genre"), genres.value(j)},
                                        {QStringLiteral("precision"), m.precision},
                                        {QStringLiteral("recall"), m.recall},
                                        {QStringLiteral("f1"), m.f1},
                                        {QStringLiteral("support"), m.support}});
    }
    for (const ClipVerdict &v : clips)
        clipsJson.append(QJsonObject{{QStringLiteral("id"), v.id},
                                     {QStringLiteral("path"), v.path},
                                     {QStringLiteral("trueLabel"), v.trueLabel},
                                     {QStringLiteral("trueGenre"), genres.value(v.trueLabel)},
                                     {QStringLiteral("predicted"), v.predicted},
                                     {QStringLiteral("predictedGenre"), genres.value(v.predicted)},
                                     {QStringLiteral("predictedByMax"), v.predictedByMax},
                                     {QStringLiteral("predictedByVote"), v.predictedByVote},
                                     {QStringLiteral("probabilities"), toArray(v.probabilities)},
                                     {QStringLiteral("segmentPredictions"), toArray(v.segmentPredictions)}});
    return QJsonObject{{QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                       {QStringLiteral("accuracy"), accuracy},
                       {QStringLiteral("accuracyByMax"), accuracyByMax},
                       {QStringLiteral("accuracyByVote"), accuracyByVote},
                       {QStringLiteral("segmentAccuracy"), segmentAccuracy},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("clipCount"), int(clips.size())},
                       {QStringLiteral("macroF1"), macroF1},
                       {QStringLiteral("confusion"), confusionJson},
                       {QStringLiteral("perClass"), perClassJson},
                       {QStringLiteral("clips"), clipsJson}};
}

Evaluation Evaluation::fromJson(const QJsonObject &o) {
    // Rebuilt from the stored clip verdicts so the figures always agree with them.
    // Bound the genre count before anything is sized from it: the confusion matrix grows with its
    // square (a 590 KB file naming 40 000 genres once asked for 7 GB).
    const QJsonArray genreList = o.value(QStringLiteral("genres")).toArray();
    if (genreList.size() > ModelConfig::kMaxClasses)
        throw Error(QStringLiteral("the stored evaluation names %1 genres (at most %2)").arg(genreList.size()).arg(ModelConfig::kMaxClasses));
    QStringList genres;
    for (const QJsonValue &g : genreList) genres << g.toString();
    if (genres.size() < 2) throw Error(QStringLiteral("the stored evaluation names fewer than two genres"));
    const int k = int(genres.size());
    const auto label = [&](const QJsonObject &c, const char *key, int lowest) {
        const int v = c.value(QLatin1String(key)).toInt(lowest);
        if (v < lowest || v >= k) throw Error(QStringLiteral("the stored evaluation has a genre number %1 out of range").arg(v));
        return v;
    };
    std::vector<ClipRecord> records;
    std::vector<int> segmentClip;
    std::vector<std::vector<float>> probs;
    for (const QJsonValue &cv : o.value(QStringLiteral("clips")).toArray()) {
        const QJsonObject c = cv.toObject();
        ClipRecord r;
        r.id = c.value(QStringLiteral("id")).toString();
        r.path = c.value(QStringLiteral("path")).toString();
        r.label = label(c, "trueLabel", -1);
        std::vector<float> p;
        for (const QJsonValue &x : c.value(QStringLiteral("probabilities")).toArray()) p.push_back(float(x.toDouble()));
        if (int(p.size()) != genres.size())
            throw Error(QStringLiteral("the stored evaluation of %1 has the wrong number of probabilities").arg(r.id));
        segmentClip.push_back(int(records.size()));
        probs.push_back(std::move(p));
        records.push_back(r);
    }
    Evaluation ev = evaluateSegments(genres, records, segmentClip, probs);
    // Keep what one probability vector per clip cannot restore.
    ev.accuracyByMax = o.value(QStringLiteral("accuracyByMax")).toDouble();
    ev.accuracyByVote = o.value(QStringLiteral("accuracyByVote")).toDouble();
    ev.segmentAccuracy = o.value(QStringLiteral("segmentAccuracy")).toDouble();
    ev.segments = o.value(QStringLiteral("segments")).toInt();
    const QJsonArray clipsJson = o.value(QStringLiteral("clips")).toArray();
    for (size_t i = 0; i < ev.clips.size(); ++i) {
        const QJsonObject c = clipsJson.at(int(i)).toObject();
        ev.clips[i].predictedByMax = label(c, "predictedByMax", 0);
        ev.clips[i].predictedByVote = label(c, "predictedByVote", 0);
        ev.clips[i].segmentPredictions.clear();
        for (const QJsonValue &x : c.value(QStringLiteral("segmentPredictions")).toArray()) {
            const int p = x.toInt(-1);
            if (p < 0 || p >= k) throw Error(QStringLiteral("the stored evaluation has a genre number %1 out of range").arg(p));
            ev.clips[i].segmentPredictions.push_back(p);
        }
    }
    return ev;
}

} // namespace gtzan
