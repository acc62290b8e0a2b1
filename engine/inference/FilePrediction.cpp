#include "inference/FilePrediction.h"
#include "common/JsonArrays.h"

namespace gtzan {

QJsonObject FilePrediction::toJson(const QStringList &genres) const {
    QJsonArray segs;
    for (const SegmentPrediction &s : segments)
        segs.append(QJsonObject{{QStringLiteral("start"), s.startSeconds},
                                {QStringLiteral("seconds"), s.seconds},
                                {QStringLiteral("genre"), genres.value(s.genre)},
                                {QStringLiteral("probabilities"), jsonArrayOf(s.probabilities)}});
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("genre"), genreName},
                  {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                  {QStringLiteral("probabilities"), jsonArrayOf(probabilities)},
                  {QStringLiteral("segments"), segs},
                  {QStringLiteral("unsure"), trust.unsure},
                  {QStringLiteral("confidence"), trust.confidence}};
    if (trust.unsure) {
        o.insert(QStringLiteral("unsureKind"), trust.kind);
        o.insert(QStringLiteral("unsureReason"), trust.reason);
    }
    if (trust.runnerUp >= 0) o.insert(QStringLiteral("runnerUp"), genres.value(trust.runnerUp));
    if (trust.nearestDistance >= 0) o.insert(QStringLiteral("nearestTrainingDistance"), trust.nearestDistance);
    if (!soundsLike.empty())
        o.insert(QStringLiteral("soundsLike"), QJsonObject{{QStringLiteral("style"), soundsLike.style},
                                                           {QStringLiteral("tag"), soundsLike.tag},
                                                           {QStringLiteral("probability"), double(soundsLike.probability)},
                                                           {QStringLiteral("note"), soundsLike.note}});
    if (!tagNames.isEmpty()) {
        QJsonArray t;
        for (const TagScore &s : tags) t.append(QJsonObject{{QStringLiteral("tag"), s.tag}, {QStringLiteral("probability"), double(s.probability)}});
        o.insert(QStringLiteral("tags"), t);
    }
    return o;
}

} // namespace gtzan
