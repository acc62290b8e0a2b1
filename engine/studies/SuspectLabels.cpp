#include "studies/SuspectLabels.h"
#include "common/Error.h"
#include "training/CrossValidation.h"
#include "training/TrainingPreparation.h"
#include <QJsonArray>
#include <algorithm>

namespace gtzan {

QJsonObject SuspectReport::toJson(int top) const {
    QJsonArray a;
    const int n = top < 0 ? int(clips.size()) : std::min(top, int(clips.size()));
    for (int i = 0; i < n; ++i) {
        const SuspectClip &c = clips[size_t(i)];
        a.append(QJsonObject{{QStringLiteral("clip"), c.id},
                             {QStringLiteral("path"), c.path},
                             {QStringLiteral("genre"), c.genre},
                             {QStringLiteral("givenProbability"), c.givenProbability},
                             {QStringLiteral("likeliest"), c.likeliest},
                             {QStringLiteral("likeliestProbability"), c.likeliestProbability}});
    }
    return {{QStringLiteral("data"), folder},
            {QStringLiteral("embedding"), embedding},
            {QStringLiteral("folds"), folds},
            {QStringLiteral("outOfFoldAccuracy"), outOfFoldAccuracy},
            {QStringLiteral("suspects"), a}};
}

SuspectReport findSuspectLabels(const QString &folder, const SuspectOptions &options, const SuspectCallbacks &callbacks,
                                const std::atomic_bool *cancel) {
    TrainingRecipe recipe;
    recipe.dataFolder = folder;
    recipe.genreSet = options.genreSet;
    recipe.splitKind = TrainingRecipe::SplitKind::LastPerGenre;
    recipe.testPerGenre = 0; // every clip trains; the folds hold clips out
    recipe.model.name = QStringLiteral("embed_mlp");
    recipe.embedding = options.embedding;
    recipe.embeddingLayer = QStringLiteral("max_pool");
    recipe.featurePreset = QStringLiteral("gct634");
    recipe.segmentSeconds = 0;
    recipe.options.epochs = options.epochs;
    recipe.options.learningRate = 1e-3;
    recipe.options.batchSize = 16;
    recipe.options.seeds = 1;
    recipe.options.firstSeed = options.seed;
    recipe.crossValidationFolds = options.folds;
    recipe.cacheDir = options.cacheDir;
    recipe.threads = options.threads;
    PrepareCallbacks prepare;
    prepare.say = callbacks.say;
    prepare.progress = callbacks.progress;
    const PreparedTraining prepared = prepareTraining(recipe, prepare, cancel);
    if (callbacks.say) callbacks.say(QStringLiteral("cross-validating %1 folds of %2 clips ...").arg(options.folds).arg(prepared.data.train.size()));
    TrainedModel scratch; // the folds' calibration lands here; nothing is kept
    const CrossValidationReport cv =
        crossValidateAndCalibrate(prepared.data, recipe.model, recipe.options, options.folds, scratch, nullptr, TrainingCallbacks{}, cancel);
    SuspectReport report;
    report.folder = folder;
    report.embedding = QStringLiteral("musicnn %1 max_pool").arg(options.embedding.toUpper());
    report.folds = cv.folds;
    report.outOfFoldAccuracy = cv.evaluation.accuracy;
    const QStringList &genres = cv.evaluation.genres;
    for (const ClipVerdict &v : cv.evaluation.clips) {
        if (v.trueLabel < 0 || v.trueLabel >= int(v.probabilities.size())) continue;
        SuspectClip c;
        c.id = v.id;
        c.path = v.path;
        c.genre = genres.value(v.trueLabel);
        c.givenProbability = v.probabilities[size_t(v.trueLabel)];
        const auto best = std::max_element(v.probabilities.begin(), v.probabilities.end());
        c.likeliest = genres.value(int(best - v.probabilities.begin()));
        c.likeliestProbability = *best;
        report.clips.push_back(c);
    }
    std::stable_sort(report.clips.begin(), report.clips.end(),
                     [](const SuspectClip &a, const SuspectClip &b) { return a.givenProbability < b.givenProbability; });
    return report;
}

} // namespace gtzan
