#include "training/RecipeRun.h"
#include "common/Error.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "model/ModelFile.h"
#include "training/CrossValidation.h"
#include "training/MusicnnReference.h"
#include "training/ReproducibleModel.h"
#include "training/TemperatureCalibration.h"
#include "training/TrainingPreparation.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace gtzan {

namespace {

std::vector<int> labelsOf(const std::vector<ClipFeatures> &clips) {
    std::vector<int> labels;
    for (const ClipFeatures &c : clips) labels.push_back(c.clip.label);
    return labels;
}

// The musicnn network of the reference vectors: the model's own musicnn when it takes one, else
// the pretrained MSD musicnn (its .h5, see musicnnModelPath). Null, with the reason, when there
// are no weights to be found: the model then keeps the confidence and silence rules only.
std::shared_ptr<const MusicnnEmbedder> referenceMusicnn(const PreparedTraining &prepared, const QString &fallbackModel, QString *why) {
    if (prepared.musicnn) return prepared.musicnn;
    try {
        MusicnnEmbeddingSource msd;
        msd.model = QStringLiteral("MSD_musicnn");
        return std::make_shared<const MusicnnEmbedder>(msd.loadEmbedder());
    } catch (const Error &e) {
        *why = e.message();
    }
    if (fallbackModel.isEmpty()) return nullptr;
    try {
        const TrainedModel carrier = loadModelFile(fallbackModel);
        if (carrier.musicnn && carrier.musicnn->modelName() == QLatin1String("MSD_musicnn")) return carrier.musicnn;
    } catch (const Error &e) {
        *why += QStringLiteral("; ") + e.message();
    }
    return nullptr;
}

QString trustSummary(const TrainedModel &tm) {
    const TrustRules &t = tm.trust;
    QString line =
        t.calibration.calibrated()
            ? QStringLiteral("calibrated on %1 %2 clips: temperature %3, expected calibration error %4 -> %5, NLL %6 -> %7")
                  .arg(t.calibration.clips)
                  .arg(t.calibration.fittedOn == QLatin1String("validation") ? QStringLiteral("validation") : QStringLiteral("out-of-fold"))
                  .arg(t.temperature, 0, 'f', 3)
                  .arg(t.calibration.before.ece, 0, 'f', 3)
                  .arg(t.calibration.after.ece, 0, 'f', 3)
                  .arg(t.calibration.before.nll, 0, 'f', 3)
                  .arg(t.calibration.after.nll, 0, 'f', 3)
            : QStringLiteral("not calibrated: no validation clips and no cross-validation folds to fit it on");
    line += QStringLiteral("; unsure when the top probability is below %1").arg(t.minConfidence, 0, 'f', 2);
    if (t.hasDistanceCheck())
        line += QStringLiteral(" or a file is further than %1 from all %2 training clips in %3")
                    .arg(t.distanceThreshold, 0, 'f', 3)
                    .arg(t.trainingEmbeddings.rows)
                    .arg(t.usesMusicnnReference() ? QStringLiteral("musicnn's space") : QStringLiteral("the model's embedding"));
    return line;
}

} // namespace

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

RecipeRun runRecipe(const TrainingRecipe &recipe, const RecipeOutput &output, const RecipeCallbacks &callbacks, const std::atomic_bool *cancel) {
    QElapsedTimer clock;
    clock.start();
    const auto say = [&](const QString &line) {
        if (callbacks.say) callbacks.say(line);
    };
    PrepareCallbacks prepare;
    prepare.say = callbacks.say;
    prepare.progress = callbacks.preparing;
    const PreparedTraining prepared = prepareTraining(recipe, prepare, cancel);
    const TrainingData &data = prepared.data;
    if (callbacks.trainingStarted)
        callbacks.trainingStarted(int(prepared.split.train.size()), int(prepared.split.validation.size()), int(prepared.split.test.size()));
    TrainingCallbacks training;
    training.onBatch = callbacks.onBatch;
    training.onEpoch = callbacks.onEpoch;
    const TrainingOutcome out = trainModels(data, recipe.model, recipe.options, training, cancel);
    if (!out.note.isEmpty()) say(out.note);

    RecipeRun run;
    run.cancelled = out.cancelled;
    run.meanTestAccuracy = out.meanTestAccuracy;
    run.stdTestAccuracy = out.stdTestAccuracy;
    if (!out.hasModel() || (out.cancelled && !output.saveWhenCancelled)) {
        run.record = recordOfTraining(recipe, out, clock.elapsed() / 1000.0);
        return run;
    }
    RunResult best = out.runs[size_t(out.bestRun)];
    run.keptRun = out.bestRun;
    run.keptSeed = int(best.seed);
    run.keptEpoch = best.bestEpoch;
    run.hasTest = best.hasTest;
    if (best.hasTest) run.test = best.test;
    TrainedModel tm = buildTrainedModel(recipe, prepared, out);

    if (!out.cancelled) {
        // The reference vectors first: cross-validation's folds judge their held-out clips with them.
        QString noMusicnn;
        MusicnnReference reference;
        if (const auto musicnn = referenceMusicnn(prepared, output.musicnnFallbackModel, &noMusicnn)) {
            say(QStringLiteral("embedding the training clips with %1 for the \"nothing like its training\" rule ...").arg(musicnn->modelName()));
            reference = musicnnReferenceOf(
                data.train, musicnn, recipe.cacheDir,
                [&](int done, int total) {
                    if (callbacks.stage) callbacks.stage(QStringLiteral("reference"), done, total);
                },
                cancel);
            if (!tm.musicnn) tm.musicnn = musicnn; // the file carries the network its reference vectors need
        } else
            say(QStringLiteral("warning: no musicnn weights (%1): the model will not say when a sound is nothing like its training").arg(noMusicnn));

        if (recipe.crossValidationFolds > 0) {
            say(QStringLiteral("cross-validating: %1 folds of the %2 training clips ...")
                    .arg(recipe.crossValidationFolds)
                    .arg(prepared.split.train.size()));
            const CrossValidationReport cv =
                crossValidateAndCalibrate(data, recipe.model, recipe.options, recipe.crossValidationFolds, tm,
                                          reference.empty() ? nullptr : &reference, TrainingCallbacks{}, cancel, [&](int fold, int folds) {
                                              if (callbacks.stage) callbacks.stage(QStringLiteral("cross-validation"), fold, folds);
                                          });
            QJsonObject evaluation = cv.evaluation.toJson();
            evaluation.insert(QStringLiteral("source"), QStringLiteral("%1-fold cross-validation").arg(cv.folds));
            tm.evaluation = evaluation;
            tm.crossValidation = cv.toJson();
            run.crossValidation = tm.crossValidation;
            run.crossValidated = cv.evaluation;
        } else if (!data.validation.empty()) {
            // The kept run's own weights on the validation clips: the very model that is saved.
            const ClipLogits logits =
                clipSegmentLogits(best.model, data.validation, data, out.config, out.normalization, recipe.options.validationBatchSize, cancel);
            double temperature = 1.0;
            tm.trust.calibration = fitTemperatureRecord(logits, labelsOf(data.validation), QStringLiteral("validation"), &temperature);
            if (tm.trust.calibration.calibrated()) {
                tm.trust.temperature = temperature;
                tm.trust.calibrated = true;
                QJsonObject provenance = tm.trust.provenance;
                provenance.insert(QStringLiteral("temperatureFittedOn"), QStringLiteral("the %1 validation clips").arg(tm.trust.calibration.clips));
                tm.trust.provenance = provenance;
            }
        }
        setDistanceRule(tm, data.train, reference.empty() ? nullptr : &reference);
        if (!data.test.empty() && tm.trust.calibrated) {
            const ClipLogits logits =
                clipSegmentLogits(best.model, data.test, data, out.config, out.normalization, recipe.options.validationBatchSize, cancel);
            run.testCalibration = figuresAtTemperature(logits, labelsOf(data.test), tm.trust.temperature);
        }
    }
    run.calibration = tm.trust.calibration;
    run.trust = trustSummary(tm);
    say(run.trust);
    if (recipe.reproducible) makeReproducible(tm, recipe.dataFolder);
    run.training = tm.training;
    run.evaluation = tm.evaluation;
    run.record = recordOfTraining(recipe, out, clock.elapsed() / 1000.0);
    if (!output.modelPath.isEmpty()) {
        QDir().mkpath(QFileInfo(output.modelPath).absolutePath());
        saveModelFile(output.modelPath, tm);
        run.saved = true;
        run.record.modelPath = output.modelPath;
    }
    return run;
}

} // namespace gtzan
