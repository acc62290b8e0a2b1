#include "training/RecipeRun.h"
#include "common/Error.h"
#include "training/ModelFile.h"
#include "training/TrainingPreparation.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace gtzan {

RunRecord recordOfTraining(const TrainingRecipe &recipe, const TrainingOutcome &out, double seconds) {
    RunRecord r;
    r.finished = QDateTime::currentDateTime();
    r.id = r.finished.toString(Qt::ISODateWithMs);
    r.recipe = recipe;
    r.seconds = seconds;
    r.keptRun = out.bestRun;
    r.note = out.note;
    std::vector<double> train, validation, test;
    for (const RunResult &run : out.runs) {
        r.history.push_back(run.history);
        for (const EpochReport &e : run.history)
            if (e.epoch == run.bestEpoch) train.push_back(e.trainAccuracy);
        if (run.bestValidationAccuracy >= 0) validation.push_back(run.bestValidationAccuracy);
        if (run.hasTest) test.push_back(run.test.accuracy);
    }
    r.train = SeedSpread::of(train);
    r.validation = SeedSpread::of(validation);
    r.test = SeedSpread::of(test);
    if (out.hasModel() && out.runs[size_t(out.bestRun)].hasTest) {
        r.hasEvaluation = true;
        r.evaluation = out.runs[size_t(out.bestRun)].test;
    }
    return r;
}

RecipeRun runRecipe(const TrainingRecipe &recipe, const QString &modelPath, const RecipeCallbacks &callbacks, const std::atomic_bool *cancel) {
    QElapsedTimer clock;
    clock.start();
    PrepareCallbacks prepare;
    prepare.say = callbacks.say;
    prepare.progress = callbacks.preparing;
    const PreparedTraining prepared = prepareTraining(recipe, prepare, cancel);
    if (callbacks.trainingStarted)
        callbacks.trainingStarted(int(prepared.split.train.size()), int(prepared.split.validation.size()), int(prepared.split.test.size()));
    TrainingCallbacks training;
    training.onBatch = callbacks.onBatch;
    training.onEpoch = callbacks.onEpoch;
    const TrainingOutcome out = trainModels(prepared.data, recipe.model, recipe.options, training, cancel);
    RecipeRun run;
    run.cancelled = out.cancelled;
    run.record = recordOfTraining(recipe, out, clock.elapsed() / 1000.0);
    if (out.hasModel() && !out.cancelled && !modelPath.isEmpty()) {
        QDir().mkpath(QFileInfo(modelPath).absolutePath());
        saveModelFile(modelPath, buildTrainedModel(recipe, prepared, out));
        run.record.modelPath = modelPath;
    }
    return run;
}

} // namespace gtzan
