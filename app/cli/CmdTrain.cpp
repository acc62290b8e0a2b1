// gtzan-cli train --data DIR --model NAME --out MODEL [...]: trains, evaluates on the test clips, saves.
#include "CliCommand.h"
#include "CliEvaluationText.h"
#include "CliParser.h"
#include "common/Error.h"
#include "embedding/MusicnnLayer.h"
#include "training/ModelFile.h"
#include "training/TrainingPreparation.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <csignal>

using namespace gtzan;

namespace {

std::atomic_bool g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted.store(true); }

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

QString formatSeconds(double s) {
    const int t = int(s + 0.5);
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

static int runTrain(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Trains a genre classifier on a GTZAN folder, evaluates it on the test clips and saves the best model.\n"
        "Splits: --train-split F --test-split F [--val-split F], or --test-fraction X (stratified, seeded), or\n"
        "--test-per-genre M (the last M clips of each genre in id order); --val-per-genre N then moves N clips\n"
        "of each genre from train to validation (seeded)."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("data"), QStringLiteral("GTZAN folder (genres/, genres_original/ or genre folders)."), QStringLiteral("DIR")},
        {QStringLiteral("genres"), QStringLiteral("gct634 (8 genres, default) or all (10)."), QStringLiteral("SET"), QStringLiteral("gct634")},
        {QStringLiteral("train-split"), QStringLiteral("Split file of the training clips."), QStringLiteral("F")},
        {QStringLiteral("val-split"), QStringLiteral("Split file of the validation clips."), QStringLiteral("F")},
        {QStringLiteral("test-split"), QStringLiteral("Split file of the test clips."), QStringLiteral("F")},
        {QStringLiteral("val-per-genre"), QStringLiteral("Validation clips per genre taken from train (default 0; the reference: 5)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("test-per-genre"), QStringLiteral("Without split files: the last M clips of each genre are test."), QStringLiteral("M"), QStringLiteral("0")},
        {QStringLiteral("test-fraction"), QStringLiteral("Without split files: a stratified, seeded test share (e.g. 0.2)."), QStringLiteral("X")},
        {QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")},
        {QStringLiteral("augment-chain"), QStringLiteral("Augmentation for --augment offline|online: gct634 (default) or specaugment."), QStringLiteral("NAME"), QStringLiteral("gct634")},
        {QStringLiteral("model"), QStringLiteral("Network: ") + modelNames().join(QStringLiteral(", ")), QStringLiteral("NAME")},
        {QStringLiteral("backbone"), QStringLiteral("fusion's spectrogram network (default resnet34)."), QStringLiteral("NAME"), QStringLiteral("resnet34")},
        {QStringLiteral("embedding"), QStringLiteral("Clip embedding of embed_mlp / fusion: none (per-band mean and sd, default), msd or mtt (pretrained musicnn)."), QStringLiteral("E"), QStringLiteral("none")},
        {QStringLiteral("embedding-layer"), QStringLiteral("musicnn output used as embedding: max_pool (default, as the reference), mean_pool, penultimate or taggram."), QStringLiteral("L"), QStringLiteral("max_pool")},
        {QStringLiteral("preset"), QStringLiteral("Feature preset (default gct634)."), QStringLiteral("P"), QStringLiteral("gct634")},
        {QStringLiteral("epochs"), QStringLiteral("Epochs per run (default 30)."), QStringLiteral("N"), QStringLiteral("30")},
        {QStringLiteral("batch"), QStringLiteral("Training batch (default 32)."), QStringLiteral("N"), QStringLiteral("32")},
        {QStringLiteral("val-batch"), QStringLiteral("Validation / test batch (default 16)."), QStringLiteral("N"), QStringLiteral("16")},
        {QStringLiteral("lr"), QStringLiteral("Adam learning rate (default 1e-4)."), QStringLiteral("X"), QStringLiteral("1e-4")},
        {QStringLiteral("early-stop"), QStringLiteral("Stop a run after N epochs without a better validation (default off)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("augment"), QStringLiteral("none (default), offline (one augmented copy per training clip, as the reference) or online (a fresh copy every epoch)."), QStringLiteral("MODE"), QStringLiteral("none")},
        {QStringLiteral("segment"), QStringLiteral("Segment length in seconds (default 4; 0 = whole clips)."), QStringLiteral("SECONDS"), QStringLiteral("4")},
        {QStringLiteral("seeds"), QStringLiteral("Runs with different seeds (default 3)."), QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("seed"), QStringLiteral("First seed (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Model file to write."), QStringLiteral("MODEL")},
        {QStringLiteral("provenance"), QStringLiteral("A note kept in the model file on how it was made (e.g. the command)."), QStringLiteral("TEXT")},
        {QStringLiteral("folds"), QStringLiteral("After training, K-fold cross-validation (2-20, stratified, seeded) on the training clips: "
                                                 "the honest accuracy of a model trained on every clip, and its calibration (default 0: none)."),
         QStringLiteral("K"), QStringLiteral("0")},
        {QStringLiteral("reproducible"), QStringLiteral("Leave wall-clock times out of the model file and record clip paths "
                                                        "relative to --data's parent, so the same command gives the same file anywhere.")},
        {QStringLiteral("json"), QStringLiteral("Print the training summary and evaluation as JSON at the end.")}};
    p.addOptions(options);
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("train"), args, 0, 0, code)) return code;
    for (const char *required : {"data", "model", "out"})
        if (!p.isSet(QLatin1String(required))) {
            cliErr(QStringLiteral("gtzan-cli train: --%1 is required (see --help)").arg(QLatin1String(required)));
            return ExitUsage;
        }
    TrainingOptions o;
    int valPerGenre = 0, testPerGenre = 0, threads = 0, seed = 1, folds = 0;   // seed: first training seed, also split and augmentation draws
    double segment = 4.0;
    if (!optionInt(p, QStringLiteral("epochs"), 1, 100000, o.epochs) || !optionInt(p, QStringLiteral("batch"), 2, 65536, o.batchSize) ||
        !optionInt(p, QStringLiteral("val-batch"), 1, 65536, o.validationBatchSize) ||
        !optionDouble(p, QStringLiteral("lr"), 1e-9, 1.0, o.learningRate) ||
        !optionInt(p, QStringLiteral("early-stop"), 0, 100000, o.earlyStopPatience) ||
        !optionInt(p, QStringLiteral("seeds"), 1, 100, o.seeds) || !optionInt(p, QStringLiteral("seed"), 0, 1 << 30, seed) ||
        !optionInt(p, QStringLiteral("val-per-genre"), 0, 10000, valPerGenre) ||
        !optionInt(p, QStringLiteral("test-per-genre"), 0, 10000, testPerGenre) ||
        !optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionDouble(p, QStringLiteral("segment"), 0.0, 600.0, segment) ||
        !optionInt(p, QStringLiteral("folds"), 0, 20, folds))
        return ExitUsage;
    o.firstSeed = uint64_t(seed);
    o.augment = p.value(QStringLiteral("augment"));
    if (o.augment != QLatin1String("none") && o.augment != QLatin1String("offline") && o.augment != QLatin1String("online")) {
        cliErr(QStringLiteral("gtzan-cli train: --augment is none, offline or online, not \"%1\"").arg(o.augment));
        return ExitUsage;
    }
    const bool splitFiles = p.isSet(QStringLiteral("train-split")) || p.isSet(QStringLiteral("test-split"));
    double testFraction = 0;
    if (!optionDouble(p, QStringLiteral("test-fraction"), 0.0, 0.9, testFraction)) return ExitUsage;
    if (int(splitFiles) + int(testPerGenre > 0) + int(testFraction > 0) > 1 ||
        (splitFiles && (!p.isSet(QStringLiteral("train-split")) || !p.isSet(QStringLiteral("test-split"))))) {
        cliErr(QStringLiteral("gtzan-cli train: give --train-split and --test-split together, or --test-fraction, or --test-per-genre"));
        return ExitUsage;
    }
    TrainingRecipe recipe;
    recipe.dataFolder = p.value(QStringLiteral("data"));
    recipe.genreSet = p.value(QStringLiteral("genres"));
    if (splitFiles) {
        recipe.splitKind = TrainingRecipe::SplitKind::Files;
        recipe.trainSplitFile = p.value(QStringLiteral("train-split"));
        recipe.validationSplitFile = p.value(QStringLiteral("val-split"));
        recipe.testSplitFile = p.value(QStringLiteral("test-split"));
    } else if (testFraction > 0) {
        recipe.splitKind = TrainingRecipe::SplitKind::Fraction;
    }
    recipe.testFraction = testFraction;
    recipe.testPerGenre = testPerGenre;
    recipe.validationPerGenre = valPerGenre;
    recipe.featurePreset = p.value(QStringLiteral("preset"));
    recipe.segmentSeconds = segment;
    recipe.augmentChain = p.value(QStringLiteral("augment-chain"));
    recipe.model.name = p.value(QStringLiteral("model"));
    recipe.model.backbone = p.value(QStringLiteral("backbone"));
    recipe.options = o;
    recipe.cacheDir = p.value(QStringLiteral("cache"));
    recipe.threads = threads;
    recipe.embedding = p.value(QStringLiteral("embedding")).toLower();
    recipe.embeddingLayer = p.value(QStringLiteral("embedding-layer"));
    recipe.crossValidationFolds = folds;
    if (!modelNames().contains(recipe.model.name)) {
        cliErr(QStringLiteral("gtzan-cli train: unknown model \"%1\" (%2)").arg(recipe.model.name, modelNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const bool knownEmbedding = recipe.embedding == QLatin1String("none") || recipe.embedding == QLatin1String("msd") ||
                                recipe.embedding == QLatin1String("mtt");
    if (!knownEmbedding || !musicnnLayerNames().contains(recipe.embeddingLayer) ||
        (recipe.embedding != QLatin1String("none") && !recipe.model.usesEmbedding())) {
        cliErr(QStringLiteral("gtzan-cli train: --embedding is none, msd or mtt and only for embed_mlp and fusion; "
                              "--embedding-layer is one of %1").arg(musicnnLayerNames().join(QStringLiteral(", "))));
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
                           .arg(e.run).arg(e.runs).arg(e.epoch).arg(e.epochs).arg(e.trainLoss, 0, 'f', 4).arg(e.trainAccuracy, 0, 'f', 3);
        if (e.validationAccuracy >= 0)
            line += QStringLiteral(" | val loss %1 acc %2 clip acc %3").arg(e.validationLoss, 0, 'f', 4).arg(e.validationAccuracy, 0, 'f', 3)
                        .arg(e.validationClipAccuracy, 0, 'f', 3);
        line += QStringLiteral(" | %1 elapsed, ETA %2%3").arg(formatSeconds(e.elapsedSeconds), formatSeconds(e.etaSeconds),
                                                           e.improved && e.validationAccuracy >= 0 ? QStringLiteral("  (best so far)") : QString());
        say(line);
    };
    std::signal(SIGINT, onInterrupt);   // Ctrl+C: stop within a batch, keep the best model so far
    const TrainingOutcome out = trainModels(data, recipe.model, o, callbacks, &g_interrupted);
    std::signal(SIGINT, SIG_DFL);
    if (!out.note.isEmpty()) say(out.note);
    if (!out.hasModel()) throw Error(QStringLiteral("no model was trained; %1 is left as it was").arg(p.value(QStringLiteral("out"))));

    const RunResult &best = out.runs[size_t(out.bestRun)];
    TrainedModel tm = buildTrainedModel(recipe, prepared, out);
    // How the file was made (e.g. the command), shown in the GUI's model information.
    if (p.isSet(QStringLiteral("provenance"))) tm.dataset.insert(QStringLiteral("provenance"), p.value(QStringLiteral("provenance")));
    if (recipe.crossValidationFolds > 0) {
        say(QStringLiteral("cross-validating: %1 folds of the %2 training clips ...").arg(recipe.crossValidationFolds).arg(prepared.split.train.size()));
        std::signal(SIGINT, onInterrupt);
        TrainingCallbacks quiet;   // the folds' epochs are not printed one by one
        const CrossValidationReport cv = crossValidateRecipe(recipe, prepared, tm, quiet, &g_interrupted);
        std::signal(SIGINT, SIG_DFL);
        say(QStringLiteral("cross-validated clip accuracy (%1 folds, every clip predicted by a model that never saw it): %2; "
                           "temperature %3 (NLL %4 -> %5); unsure: %6 of %7 clips")
                .arg(cv.folds).arg(cv.evaluation.accuracy, 0, 'f', 3).arg(cv.temperature, 0, 'f', 3).arg(cv.nllBefore, 0, 'f', 3)
                .arg(cv.nllAfter, 0, 'f', 3).arg(cv.unsureClips).arg(cv.evaluation.clips.size()));
        for (const QString &id : cv.unsureIds) say(QStringLiteral("  unsure: ") + id);
        say(evaluationText(cv.evaluation));
    }
    if (p.isSet(QStringLiteral("reproducible"))) makeReproducible(tm, recipe.dataFolder);
    const QJsonObject &training = tm.training;
    saveModelFile(p.value(QStringLiteral("out")), tm);

    if (out.meanTestAccuracy >= 0)
        say(QStringLiteral("test clip accuracy over %1 run(s): mean %2, spread (sd) %3")
                   .arg(out.runs.size()).arg(out.meanTestAccuracy, 0, 'f', 3).arg(out.stdTestAccuracy, 0, 'f', 3));
    if (best.hasTest) say(QStringLiteral("kept run %1 (seed %2, epoch %3); its test evaluation:\n%4")
                                 .arg(out.bestRun + 1).arg(best.seed).arg(best.bestEpoch).arg(evaluationText(best.test)));
    say(QStringLiteral("saved %1").arg(p.value(QStringLiteral("out"))));
    if (json) {
        QJsonObject j = training;
        if (best.hasTest) j.insert(QStringLiteral("evaluation"), tm.evaluation);
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
    }
    return out.cancelled ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("train"), QStringLiteral("train a genre classifier and save it"), runTrain});
