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
#include "faults/KnownFaults.h"
#include "model/ModelFile.h"
#include "studies/ExperimentFolder.h"
#include "tensor/TorchRuntime.h"
#include "training/RecipeFile.h"
#include "training/RecipeRun.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace gtzan {
namespace cli {

// The recipe the flags say (defaults: the recipe's own). False after printing a usage error.
static bool recipeFromFlags(const QCommandLineParser &p, TrainingRecipe &recipe) {
    TrainingOptions &o = recipe.options;
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
        return false;
    if (p.isSet(QStringLiteral("seed"))) o.firstSeed = uint64_t(seed);
    o.augment = p.value(QStringLiteral("augment"));
    // Which flags name the split is the command line's business; the recipe checks the rest.
    const bool splitFiles = p.isSet(QStringLiteral("train-split")) || p.isSet(QStringLiteral("test-split")) || p.isSet(QStringLiteral("val-split"));
    const bool fraction = p.isSet(QStringLiteral("test-fraction"));
    if (int(splitFiles) + int(recipe.testPerGenre > 0) + int(fraction) > 1) {
        cliErr(QStringLiteral("gtzan-cli train: give --train-split and --test-split together, or --test-fraction, or --test-per-genre"));
        return false;
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
    recipe.provenance = p.value(QStringLiteral("provenance"));
    recipe.reproducible = p.isSet(QStringLiteral("reproducible"));
    try {
        recipe.validate();
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli train: %1 (see --help)").arg(e.message()));
        return false;
    }
    return true;
}

// One line per epoch of the final model.
static QString epochLine(const EpochReport &e) {
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
    return line;
}

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
        {QStringLiteral("recipe"),
         QStringLiteral("Train the recipe in this JSON file (the Train tab's Save recipe..., --print-recipe) instead of the recipe flags; "
                        "--out, --json, --run-json, --run-id and --device still apply."),
         QStringLiteral("FILE")},
        {QStringLiteral("print-recipe"),
         QStringLiteral("Print the recipe the flags make, as JSON, and stop (nothing is trained; --out is not needed).")},
        deviceOption()};
    p.addOptions(options);
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("train"), args, 0, 0, code)) return code;
    if (!applyDeviceOption(p, QStringLiteral("train"))) return ExitUsage;
    if (p.isSet(QStringLiteral("run-json")) != p.isSet(QStringLiteral("run-id"))) {
        cliErr(QStringLiteral("gtzan-cli train: give --run-json and --run-id together"));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("recipe"))) {
        // One recipe, one source: flags that would change it are refused rather than silently mixed in.
        static const QStringList recipeFlags{
            QStringLiteral("data"),        QStringLiteral("genres"),          QStringLiteral("train-split"),    QStringLiteral("val-split"),
            QStringLiteral("test-split"),  QStringLiteral("val-per-genre"),   QStringLiteral("test-per-genre"), QStringLiteral("test-fraction"),
            QStringLiteral("cache"),       QStringLiteral("augment-chain"),   QStringLiteral("model"),          QStringLiteral("backbone"),
            QStringLiteral("embedding"),   QStringLiteral("embedding-layer"), QStringLiteral("rhythm"),         QStringLiteral("preset"),
            QStringLiteral("epochs"),      QStringLiteral("batch"),           QStringLiteral("val-batch"),      QStringLiteral("lr"),
            QStringLiteral("early-stop"),  QStringLiteral("augment"),         QStringLiteral("segment"),        QStringLiteral("seeds"),
            QStringLiteral("seed"),        QStringLiteral("threads"),         QStringLiteral("provenance"),     QStringLiteral("folds"),
            QStringLiteral("reproducible")};
        for (const QString &flag : recipeFlags)
            if (p.isSet(flag)) {
                cliErr(QStringLiteral("gtzan-cli train: --%1 and --recipe do not go together: the recipe file says it (see --help)").arg(flag));
                return ExitUsage;
            }
        try {
            recipe = loadRecipeFile(p.value(QStringLiteral("recipe")));
        } catch (const Error &e) {
            cliErr(QStringLiteral("gtzan-cli train: %1").arg(e.message()));
            return ExitUsage;
        }
    } else {
        for (const char *required : {"data", "model"})
            if (!p.isSet(QLatin1String(required))) {
                cliErr(QStringLiteral("gtzan-cli train: --%1 is required (see --help)").arg(QLatin1String(required)));
                return ExitUsage;
            }
        if (!recipeFromFlags(p, recipe)) return ExitUsage;
    }
    if (p.isSet(QStringLiteral("print-recipe"))) {
        cliOut(QString::fromUtf8(recipeFileText(recipe)).trimmed());
        return ExitOk;
    }
    if (!p.isSet(QStringLiteral("out"))) {
        cliErr(QStringLiteral("gtzan-cli train: --out is required (see --help)"));
        return ExitUsage;
    }
    const QString outPath = p.value(QStringLiteral("out"));
    // LibTorch's thread count (the flag's or the recipe file's) is set here, once for the command,
    // never inside the training.
    if (recipe.threads > 0) configureTorchThreads(recipe.threads);

    // With --json stdout carries only the JSON; progress goes to stderr.
    const bool json = p.isSet(QStringLiteral("json"));
    auto say = [json](const QString &text) { json ? cliErr(text) : cliOut(text); };

    RecipeCallbacks callbacks;
    callbacks.say = say;
    callbacks.onEpoch = [say](const EpochReport &e) { say(epochLine(e)); };
    callbacks.stage = [say](const QString &stage, int done, int total) {
        if (stage == QLatin1String("cross-validation")) say(QStringLiteral("  fold %1 of %2").arg(done + 1).arg(total));
    };
    RecipeOutput output;
    output.modelPath = outPath;
    output.saveWhenCancelled = true; // Ctrl+C: stop within a batch, keep the best model so far
    const RecipeRun run = [&] {
        const InterruptGuard ctrlC;
        return runRecipe(recipe, output, callbacks, interruptFlag());
    }();
    if (!run.saved) throw Error(QStringLiteral("no model was trained; %1 is left as it was").arg(outPath));
    if (!run.crossValidation.isEmpty()) {
        say(QStringLiteral("cross-validated clip accuracy (%1 folds, every clip predicted by a model that never saw it): %2; unsure: %3 of %4 clips")
                .arg(run.crossValidation.value(QStringLiteral("folds")).toInt())
                .arg(run.crossValidated.accuracy, 0, 'f', 3)
                .arg(run.crossValidation.value(QStringLiteral("unsureClips")).toInt())
                .arg(run.crossValidated.clips.size()));
        for (const QJsonValue &id : run.crossValidation.value(QStringLiteral("unsureIds")).toArray())
            say(QStringLiteral("  unsure: ") + id.toString());
        say(evaluationText(run.crossValidated));
    }
    if (p.isSet(QStringLiteral("run-json"))) {
        if (run.cancelled) throw Error(QStringLiteral("training was cancelled; no run file is written, so the run is trained again on resume"));
        RunRecord record = run.record;
        record.modelPath = QFileInfo(outPath).absoluteFilePath();
        writeExperimentRun(p.value(QStringLiteral("run-json")), p.value(QStringLiteral("run-id")), record);
    }
    if (run.meanTestAccuracy >= 0)
        say(QStringLiteral("test clip accuracy over %1 run(s): mean %2, spread (sd) %3 (split: %4)")
                .arg(recipe.options.seeds)
                .arg(run.meanTestAccuracy, 0, 'f', 3)
                .arg(run.stdTestAccuracy, 0, 'f', 3)
                .arg(recipe.splitLabel()));
    if (run.testCalibration)
        say(QStringLiteral("on the test clips, calibrated: expected calibration error %1, NLL %2, mean confidence %3")
                .arg(run.testCalibration->ece, 0, 'f', 3)
                .arg(run.testCalibration->nll, 0, 'f', 3)
                .arg(run.testCalibration->meanConfidence, 0, 'f', 3));
    if (run.hasTest)
        say(QStringLiteral("kept run %1 (seed %2, epoch %3); its test evaluation:\n%4")
                .arg(run.keptRun + 1)
                .arg(run.keptSeed)
                .arg(run.keptEpoch)
                .arg(evaluationText(run.test)));
    say(QStringLiteral("saved %1").arg(outPath));
    if (json) {
        QJsonObject j = run.training;
        j.insert(QStringLiteral("split"), recipe.splitLabel());
        if (run.hasTest) j.insert(QStringLiteral("evaluation"), run.evaluation);
        if (!run.crossValidation.isEmpty()) j.insert(QStringLiteral("crossValidation"), run.crossValidation);
        if (run.calibration.calibrated()) j.insert(QStringLiteral("calibration"), run.calibration.toJson());
        if (run.testCalibration) j.insert(QStringLiteral("testCalibration"), run.testCalibration->toJson());
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
    }
    return run.cancelled ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("train"), QStringLiteral("train a genre classifier and save it"), runTrain});

} // namespace cli
} // namespace gtzan
