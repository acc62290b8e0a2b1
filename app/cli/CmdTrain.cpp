// gtzan-cli train --data DIR --model NAME --out MODEL [...]: trains, evaluates on the test clips, saves.
#include "app/cli/CliCommand.h"
#include "app/cli/CliEvaluationText.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "app/cli/DeviceCliOption.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "embedding/MusicnnLayer.h"
#include "experiments/ExperimentFolder.h"
#include "faults/KnownFaults.h"
#include "training/ModelFile.h"
#include "training/RecipeRun.h"
#include "training/TrainingPreparation.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace gtzan {
namespace cli {

namespace {

// Wall-clock times differ from run to run; everything else of a seeded training does not.
QJsonValue withoutTimes(const QJsonValue &v) {
    static const QStringList timeKeys{QStringLiteral("epochSeconds"), QStringLiteral("networkSeconds"), QStringLiteral("elapsedSeconds"),
                                      QStringLiteral("etaSeconds")};
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray()) a.append(withoutTimes(x));
        return a;
    }
    if (!v.isObject()) return v;
    QJsonObject o;
    const QJsonObject in = v.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!timeKeys.contains(it.key())) o.insert(it.key(), withoutTimes(it.value()));
    return o;
}

// Clip paths under the data folder become relative to the folder's parent ("gtzan-sample/genres/...").
QJsonValue withRelativePaths(const QJsonValue &v, const QString &absoluteFolder, const QString &name) {
    if (v.isString()) {
        const QString text = v.toString();
        return text == absoluteFolder ? name : text.startsWith(absoluteFolder + QLatin1Char('/')) ? name + text.mid(absoluteFolder.size()) : text;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray()) a.append(withRelativePaths(x, absoluteFolder, name));
        return a;
    }
    if (!v.isObject()) return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) it.value() = withRelativePaths(it.value(), absoluteFolder, name);
    return o;
}

// The same data and command give the same file, wherever the checkout and the data are.
void makeReproducible(TrainedModel &tm, const QString &dataFolder) {
    tm.training = withoutTimes(tm.training).toObject();
    const QString absolute = QDir::cleanPath(QDir(dataFolder).absolutePath());
    const QString name = QDir(absolute).dirName();
    tm.dataset = withRelativePaths(tm.dataset, absolute, name).toObject();
    tm.evaluation = withRelativePaths(tm.evaluation, absolute, name).toObject();
    tm.crossValidation = withRelativePaths(tm.crossValidation, absolute, name).toObject();
}

} // namespace

static int runTrain(const QStringList &args) {
    // The defaults are the recipe's own (TrainingRecipe, TrainingOptions, ModelConfig): stated
    // there once, shown here in the help, and checked by TrainingRecipe::validate() below.
    TrainingRecipe recipe;
    TrainingOptions &o = recipe.options;
    const auto number = [](double v) { return QString::number(v); };
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Trains a genre classifier on a GTZAN folder, evaluates it on the test clips and saves the best model.\n"
                       "Splits: --train-split F --test-split F [--val-split F], or --test-fraction X (stratified, seeded), or\n"
                       "--test-per-genre M (the last M clips of each genre in id order); --val-per-genre N then moves N clips\n"
                       "of each genre from train to validation (seeded)."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("data"), QStringLiteral("GTZAN folder (genres/, genres_original/ or genre folders)."), QStringLiteral("DIR")},
        {QStringLiteral("genres"), QStringLiteral("gct634 (8 genres) or all (10); default %1.").arg(recipe.genreSet), QStringLiteral("SET"),
         recipe.genreSet},
        {QStringLiteral("train-split"), QStringLiteral("Split file of the training clips."), QStringLiteral("F")},
        {QStringLiteral("val-split"), QStringLiteral("Split file of the validation clips."), QStringLiteral("F")},
        {QStringLiteral("test-split"), QStringLiteral("Split file of the test clips."), QStringLiteral("F")},
        {QStringLiteral("val-per-genre"),
         QStringLiteral("Validation clips per genre taken from train (default %1; the reference: 5).").arg(recipe.validationPerGenre),
         QStringLiteral("N"), number(recipe.validationPerGenre)},
        {QStringLiteral("test-per-genre"), QStringLiteral("Without split files: the last M clips of each genre are test."), QStringLiteral("M"),
         number(recipe.testPerGenre)},
        {QStringLiteral("test-fraction"), QStringLiteral("Without split files: a stratified, seeded test share (e.g. 0.2)."), QStringLiteral("X")},
        {QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")},
        {QStringLiteral("augment-chain"),
         QStringLiteral("Augmentation for --augment offline|online: gct634 or specaugment; default %1.").arg(recipe.augmentChain),
         QStringLiteral("NAME"), recipe.augmentChain},
        {QStringLiteral("model"), QStringLiteral("Network: ") + modelNames().join(QStringLiteral(", ")), QStringLiteral("NAME")},
        {QStringLiteral("backbone"), QStringLiteral("fusion's spectrogram network (default %1).").arg(recipe.model.backbone), QStringLiteral("NAME"),
         recipe.model.backbone},
        {QStringLiteral("embedding"),
         QStringLiteral("Clip embedding of embed_mlp / fusion: none (per-band mean and sd), msd or mtt (pretrained musicnn); default %1.")
             .arg(recipe.embedding),
         QStringLiteral("E"), recipe.embedding},
        {QStringLiteral("embedding-layer"),
         QStringLiteral("musicnn output used as embedding: %1; default %2 (as the reference).")
             .arg(musicnnLayerNames().join(QStringLiteral(", ")), recipe.embeddingLayer),
         QStringLiteral("L"), recipe.embeddingLayer},
        {QStringLiteral("rhythm"),
         QStringLiteral("Append tempo and onset figures (aubio) to the musicnn embedding (embed_mlp / fusion with --embedding msd|mtt). "
                        "The model file records it, and prediction computes the same figures.")},
        {QStringLiteral("preset"), QStringLiteral("Feature preset (default %1).").arg(recipe.featurePreset), QStringLiteral("P"),
         recipe.featurePreset},
        {QStringLiteral("epochs"), QStringLiteral("Epochs per run (default %1).").arg(o.epochs), QStringLiteral("N"), number(o.epochs)},
        {QStringLiteral("batch"), QStringLiteral("Training batch (default %1).").arg(o.batchSize), QStringLiteral("N"), number(o.batchSize)},
        {QStringLiteral("val-batch"), QStringLiteral("Validation / test batch (default %1).").arg(o.validationBatchSize), QStringLiteral("N"),
         number(o.validationBatchSize)},
        {QStringLiteral("lr"), QStringLiteral("Adam learning rate (default %1).").arg(o.learningRate), QStringLiteral("X"), number(o.learningRate)},
        {QStringLiteral("early-stop"),
         QStringLiteral("Stop a run after N epochs without a better validation (default %1: off).").arg(o.earlyStopPatience), QStringLiteral("N"),
         number(o.earlyStopPatience)},
        {QStringLiteral("augment"),
         QStringLiteral("none, offline (one augmented copy per training clip, as the reference) or online (a fresh copy every epoch); default %1.")
             .arg(o.augment),
         QStringLiteral("MODE"), o.augment},
        {QStringLiteral("segment"), QStringLiteral("Segment length in seconds (default %1; 0 = whole clips).").arg(recipe.segmentSeconds),
         QStringLiteral("SECONDS"), number(recipe.segmentSeconds)},
        {QStringLiteral("seeds"), QStringLiteral("Runs with different seeds (default %1).").arg(o.seeds), QStringLiteral("N"), number(o.seeds)},
        {QStringLiteral("seed"), QStringLiteral("First seed (default %1).").arg(o.firstSeed), QStringLiteral("N"), QString::number(o.firstSeed)},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Model file to write."), QStringLiteral("MODEL")},
        {QStringLiteral("provenance"), QStringLiteral("A note kept in the model file on how it was made (e.g. the command)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("folds"),
         QStringLiteral("After training, K-fold cross-validation (2-20, stratified, seeded) on the training clips: "
                        "the honest accuracy of a model trained on every clip, and its calibration (default %1: none).")
             .arg(recipe.crossValidationFolds),
         QStringLiteral("K"), number(recipe.crossValidationFolds)},
        {QStringLiteral("reproducible"), QStringLiteral("Leave wall-clock times out of the model file and record clip paths "
                                                        "relative to --data's parent, so the same command gives the same file anywhere.")},
        {QStringLiteral("json"), QStringLiteral("Print the training summary and evaluation as JSON at the end.")},
        {QStringLiteral("run-json"),
         QStringLiteral("Also write the run's record (recipe, curves, accuracies, test evaluation, model path, time) to this file, "
                        "atomically: the run file of an experiment (gtzan-cli reproduce --plan writes these lines)."),
         QStringLiteral("FILE")},
        {QStringLiteral("run-id"), QStringLiteral("The experiment's name for this run, kept in the --run-json file."), QStringLiteral("ID")},
        deviceOption()};
    p.addOptions(options);
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("train"), args, 0, 0, code)) return code;
    if (!applyDeviceOption(p, QStringLiteral("train"))) return ExitUsage;
    if (p.isSet(QStringLiteral("run-json")) != p.isSet(QStringLiteral("run-id"))) {
        cliErr(QStringLiteral("gtzan-cli train: give --run-json and --run-id together"));
        return ExitUsage;
    }
    QElapsedTimer clock;
    clock.start();
    for (const char *required : {"data", "model", "out"})
        if (!p.isSet(QLatin1String(required))) {
            cliErr(QStringLiteral("gtzan-cli train: --%1 is required (see --help)").arg(QLatin1String(required)));
            return ExitUsage;
        }
    // Here only the text becomes numbers; what is a valid value is validate()'s to say.
    constexpr int kAnyInt = std::numeric_limits<int>::max();
    int seed = 0;
    if (!optionInt(p, QStringLiteral("epochs"), -kAnyInt, kAnyInt, o.epochs) ||
        !optionInt(p, QStringLiteral("batch"), -kAnyInt, kAnyInt, o.batchSize) ||
        !optionInt(p, QStringLiteral("val-batch"), -kAnyInt, kAnyInt, o.validationBatchSize) ||
        !optionDouble(p, QStringLiteral("lr"), -1e300, 1e300, o.learningRate) ||
        !optionInt(p, QStringLiteral("early-stop"), -kAnyInt, kAnyInt, o.earlyStopPatience) ||
        !optionInt(p, QStringLiteral("seeds"), -kAnyInt, kAnyInt, o.seeds) || !optionInt(p, QStringLiteral("seed"), 0, kAnyInt, seed) ||
        !optionInt(p, QStringLiteral("val-per-genre"), -kAnyInt, kAnyInt, recipe.validationPerGenre) ||
        !optionInt(p, QStringLiteral("test-per-genre"), -kAnyInt, kAnyInt, recipe.testPerGenre) ||
        !optionInt(p, QStringLiteral("threads"), 1, kAnyInt, recipe.threads) ||
        !optionDouble(p, QStringLiteral("segment"), -1e300, 1e300, recipe.segmentSeconds) ||
        !optionDouble(p, QStringLiteral("test-fraction"), -1e300, 1e300, recipe.testFraction) ||
        !optionInt(p, QStringLiteral("folds"), -kAnyInt, kAnyInt, recipe.crossValidationFolds))
        return ExitUsage;
    if (p.isSet(QStringLiteral("seed"))) o.firstSeed = uint64_t(seed);
    o.augment = p.value(QStringLiteral("augment"));
    // Which flags name the split is the command line's business; the recipe checks the rest.
    const bool splitFiles = p.isSet(QStringLiteral("train-split")) || p.isSet(QStringLiteral("test-split")) || p.isSet(QStringLiteral("val-split"));
    const bool fraction = p.isSet(QStringLiteral("test-fraction"));
    if (int(splitFiles) + int(recipe.testPerGenre > 0) + int(fraction) > 1) {
        cliErr(QStringLiteral("gtzan-cli train: give --train-split and --test-split together, or --test-fraction, or --test-per-genre"));
        return ExitUsage;
    }
    recipe.dataFolder = p.value(QStringLiteral("data"));
    recipe.genreSet = p.value(QStringLiteral("genres"));
    if (splitFiles) {
        recipe.splitKind = TrainingRecipe::SplitKind::Files;
        recipe.trainSplitFile = p.value(QStringLiteral("train-split"));
        recipe.validationSplitFile = p.value(QStringLiteral("val-split"));
        recipe.testSplitFile = p.value(QStringLiteral("test-split"));
    } else if (fraction) {
        recipe.splitKind = TrainingRecipe::SplitKind::Fraction;
    } else if (recipe.testPerGenre == 0 && recipe.crossValidationFolds == 0) {
        // No split asked for: a full GTZAN gets the fault-filtered, artist-filtered split, as a
        // random one would put one artist's songs, and replicas, on both sides.
        const QString lists = faultFilteredSplitFolder();
        if (!lists.isEmpty() && isFullGtzan(scanGtzan(recipe.dataFolder))) {
            recipe.splitKind = TrainingRecipe::SplitKind::Folder;
            recipe.splitFolder = lists;
            cliErr(QStringLiteral("note: %1 is a full GTZAN: training on the fault-filtered split (%2); give --test-fraction, "
                                  "--test-per-genre or split files for another")
                       .arg(recipe.dataFolder, lists));
        }
    }
    recipe.featurePreset = p.value(QStringLiteral("preset"));
    recipe.augmentChain = p.value(QStringLiteral("augment-chain"));
    recipe.model.name = p.value(QStringLiteral("model"));
    recipe.model.backbone = p.value(QStringLiteral("backbone"));
    recipe.cacheDir = p.value(QStringLiteral("cache"));
    recipe.embedding = p.value(QStringLiteral("embedding")).toLower();
    recipe.embeddingLayer = p.value(QStringLiteral("embedding-layer"));
    recipe.rhythm = p.isSet(QStringLiteral("rhythm"));
    try {
        recipe.validate();
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli train: %1 (see --help)").arg(e.message()));
        return ExitUsage;
    }

    // With --json stdout carries only the JSON; progress goes to stderr.
    const bool json = p.isSet(QStringLiteral("json"));
    auto say = [json](const QString &text) { json ? cliErr(text) : cliOut(text); };

    PrepareCallbacks prepareCallbacks;
    prepareCallbacks.say = say;
    const PreparedTraining prepared = prepareTraining(recipe, prepareCallbacks);
    const TrainingData &data = prepared.data;

    TrainingCallbacks callbacks;
    callbacks.onEpoch = [say](const EpochReport &e) {
        QString line = QStringLiteral("run %1/%2 epoch %3/%4: train loss %5 acc %6")
                           .arg(e.run)
                           .arg(e.runs)
                           .arg(e.epoch)
                           .arg(e.epochs)
                           .arg(e.trainLoss, 0, 'f', 4)
                           .arg(e.trainAccuracy, 0, 'f', 3);
        if (e.validationAccuracy >= 0)
            line += QStringLiteral(" | val loss %1 acc %2 clip acc %3")
                        .arg(e.validationLoss, 0, 'f', 4)
                        .arg(e.validationAccuracy, 0, 'f', 3)
                        .arg(e.validationClipAccuracy, 0, 'f', 3);
        line += QStringLiteral(" | %1 elapsed, ETA %2%3")
                    .arg(clockText(e.elapsedSeconds), clockText(e.etaSeconds),
                         e.improved && e.validationAccuracy >= 0 ? QStringLiteral("  (best so far)") : QString());
        say(line);
    };
    const TrainingOutcome out = [&] {
        const InterruptGuard ctrlC; // Ctrl+C: stop within a batch, keep the best model so far
        return trainModels(data, recipe.model, o, callbacks, interruptFlag());
    }();
    if (!out.note.isEmpty()) say(out.note);
    if (!out.hasModel()) throw Error(QStringLiteral("no model was trained; %1 is left as it was").arg(p.value(QStringLiteral("out"))));

    const RunResult &best = out.runs[size_t(out.bestRun)];
    TrainedModel tm = buildTrainedModel(recipe, prepared, out);
    // How the file was made (e.g. the command), shown in the GUI's model information.
    if (p.isSet(QStringLiteral("provenance"))) tm.dataset.insert(QStringLiteral("provenance"), p.value(QStringLiteral("provenance")));
    if (recipe.crossValidationFolds > 0) {
        say(QStringLiteral("cross-validating: %1 folds of the %2 training clips ...")
                .arg(recipe.crossValidationFolds)
                .arg(prepared.split.train.size()));
        TrainingCallbacks quiet; // the folds' epochs are not printed one by one
        const CrossValidationReport cv = [&] {
            const InterruptGuard ctrlC;
            return crossValidateRecipe(recipe, prepared, tm, quiet, interruptFlag());
        }();
        say(QStringLiteral("cross-validated clip accuracy (%1 folds, every clip predicted by a model that never saw it): %2; "
                           "temperature %3 (NLL %4 -> %5); unsure: %6 of %7 clips")
                .arg(cv.folds)
                .arg(cv.evaluation.accuracy, 0, 'f', 3)
                .arg(cv.temperature, 0, 'f', 3)
                .arg(cv.nllBefore, 0, 'f', 3)
                .arg(cv.nllAfter, 0, 'f', 3)
                .arg(cv.unsureClips)
                .arg(cv.evaluation.clips.size()));
        for (const QString &id : cv.unsureIds) say(QStringLiteral("  unsure: ") + id);
        say(evaluationText(cv.evaluation));
    }
    if (p.isSet(QStringLiteral("reproducible"))) makeReproducible(tm, recipe.dataFolder);
    const QJsonObject &training = tm.training;
    saveModelFile(p.value(QStringLiteral("out")), tm);
    if (p.isSet(QStringLiteral("run-json"))) {
        if (out.cancelled) throw Error(QStringLiteral("training was cancelled; no run file is written, so the run is trained again on resume"));
        RunRecord record = recordOfTraining(recipe, out, clock.elapsed() / 1000.0);
        record.modelPath = QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath();
        writeExperimentRun(p.value(QStringLiteral("run-json")), p.value(QStringLiteral("run-id")), record);
    }

    if (out.meanTestAccuracy >= 0)
        say(QStringLiteral("test clip accuracy over %1 run(s): mean %2, spread (sd) %3 (split: %4)")
                .arg(out.runs.size())
                .arg(out.meanTestAccuracy, 0, 'f', 3)
                .arg(out.stdTestAccuracy, 0, 'f', 3)
                .arg(recipe.splitLabel()));
    if (best.hasTest)
        say(QStringLiteral("kept run %1 (seed %2, epoch %3); its test evaluation:\n%4")
                .arg(out.bestRun + 1)
                .arg(best.seed)
                .arg(best.bestEpoch)
                .arg(evaluationText(best.test)));
    say(QStringLiteral("saved %1").arg(p.value(QStringLiteral("out"))));
    if (json) {
        QJsonObject j = training;
        j.insert(QStringLiteral("split"), recipe.splitLabel());
        if (best.hasTest) j.insert(QStringLiteral("evaluation"), tm.evaluation);
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
    }
    return out.cancelled ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("train"), QStringLiteral("train a genre classifier and save it"), runTrain});

} // namespace cli
} // namespace gtzan
