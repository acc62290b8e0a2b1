#include "training/TrainingOptions.h"
#include "common/Error.h"

namespace gtzan {

QJsonObject TrainingOptions::toJson() const {
    return {{QStringLiteral("optimizer"), QStringLiteral("adam")},
            {QStringLiteral("loss"), QStringLiteral("cross-entropy")},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("batchSize"), batchSize},
            {QStringLiteral("validationBatchSize"), validationBatchSize},
            {QStringLiteral("learningRate"), learningRate},
            {QStringLiteral("earlyStopPatience"), earlyStopPatience},
            {QStringLiteral("seeds"), seeds},
            {QStringLiteral("firstSeed"), QString::number(firstSeed)},
            {QStringLiteral("augment"), augment}};
}

void TrainingOptions::validate() const {
    if (epochs < 1) throw Error(QStringLiteral("training needs at least one epoch, not %1").arg(epochs));
    if (batchSize < 2 || validationBatchSize < 1) throw Error(QStringLiteral("batch sizes must be at least 2 (training) and 1 (validation)"));
    if (!(learningRate > 0 && learningRate < 10)) throw Error(QStringLiteral("the learning rate %1 is out of range").arg(learningRate));
    if (seeds < 1 || seeds > 100) throw Error(QStringLiteral("between 1 and 100 seeds, not %1").arg(seeds));
    if (earlyStopPatience < 0) throw Error(QStringLiteral("the early-stop patience cannot be negative"));
}

QJsonObject EpochReport::toJson() const {
    QJsonObject o{{QStringLiteral("run"), run},
                  {QStringLiteral("epoch"), epoch},
                  {QStringLiteral("trainLoss"), trainLoss},
                  {QStringLiteral("trainAccuracy"), trainAccuracy},
                  {QStringLiteral("epochSeconds"), epochSeconds},
                  {QStringLiteral("networkSeconds"), networkSeconds},
                  {QStringLiteral("elapsedSeconds"), elapsedSeconds},
                  {QStringLiteral("improved"), improved}};
    if (validationAccuracy >= 0) {
        o.insert(QStringLiteral("validationLoss"), validationLoss);
        o.insert(QStringLiteral("validationAccuracy"), validationAccuracy);
        o.insert(QStringLiteral("validationClipAccuracy"), validationClipAccuracy);
    }
    return o;
}

} // namespace gtzan
