#include "training/TrainingRecipe.h"
#include "augment/AugmentationChain.h"
#include "common/Error.h"
#include "dataset/GenreSets.h"
#include "dsp/FeatureSpec.h"
#include "embedding/MusicnnLayer.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonValue>
#include <limits>

namespace gtzan {

namespace {

const char *const kSplitNames[] = {"last-per-genre", "fraction", "files", "folder"};

QString str(const QJsonObject &o, const char *key, const QString &fallback) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isString()) throw Error(QStringLiteral("training recipe: \"%1\" should be text").arg(QLatin1String(key)));
    return v.toString();
}

double num(const QJsonObject &o, const char *key, double fallback) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return fallback;
    if (!v.isDouble()) throw Error(QStringLiteral("training recipe: \"%1\" should be a number").arg(QLatin1String(key)));
    return v.toDouble();
}

// Converting a double outside int's range to int is undefined behaviour (a hand-edited or damaged
// recipe can say 1e300): such a value is an error, not whatever the cast happens to give.
int integer(const QJsonObject &o, const char *key, int fallback) {
    const double v = num(o, key, fallback);
    if (!(v > double(std::numeric_limits<int>::min()) - 1 && v < double(std::numeric_limits<int>::max()) + 1))
        throw Error(QStringLiteral("training recipe: \"%1\" is out of range (%2)").arg(QLatin1String(key)).arg(v));
    return int(v);
}

// The first seed is written as text (64 bit, beyond a double's exact integers); a number is
// accepted too. Either must be a whole number from 0 to 2^64 - 1.
uint64_t seedValue(const QJsonValue &v, uint64_t fallback) {
    if (v.isUndefined() || v.isNull()) return fallback;
    if (v.isString()) {
        bool ok = false;
        const uint64_t seed = v.toString().trimmed().toULongLong(&ok);
        if (!ok) throw Error(QStringLiteral("training recipe: \"firstSeed\" should be a whole number, not \"%1\"").arg(v.toString()));
        return seed;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= 0 && d < 18446744073709551616.0))
        throw Error(QStringLiteral("training recipe: \"firstSeed\" should be a whole number from 0 to 2^64 - 1"));
    return uint64_t(d);
}

} // namespace

QString TrainingRecipe::splitKindName(SplitKind kind) { return QLatin1String(kSplitNames[int(kind)]); }

TrainingRecipe::SplitKind TrainingRecipe::splitKindFromName(const QString &name) {
    for (int k = 0; k < 4; ++k)
        if (name == QLatin1String(kSplitNames[k])) return SplitKind(k);
    throw Error(QStringLiteral("unknown split kind \"%1\" (last-per-genre, fraction, files or folder)").arg(name));
}

QJsonObject TrainingRecipe::toJson() const {
    // TrainingOptions::toJson writes firstSeed as text (64 bit); fromJson reads both.
    return {{QStringLiteral("dataFolder"), dataFolder},
            {QStringLiteral("genreSet"), genreSet},
            {QStringLiteral("splitKind"), splitKindName(splitKind)},
            {QStringLiteral("testPerGenre"), testPerGenre},
            {QStringLiteral("testFraction"), testFraction},
            {QStringLiteral("trainSplitFile"), trainSplitFile},
            {QStringLiteral("validationSplitFile"), validationSplitFile},
            {QStringLiteral("testSplitFile"), testSplitFile},
            {QStringLiteral("splitFolder"), splitFolder},
            {QStringLiteral("validationPerGenre"), validationPerGenre},
            {QStringLiteral("featurePreset"), featurePreset},
            {QStringLiteral("segmentSeconds"), segmentSeconds},
            {QStringLiteral("augmentChain"), augmentChain},
            {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), model.name}, {QStringLiteral("backbone"), model.backbone}}},
            {QStringLiteral("options"), options.toJson()},
            {QStringLiteral("embedding"), embedding},
            {QStringLiteral("embeddingLayer"), embeddingLayer},
            {QStringLiteral("rhythm"), rhythm},
            {QStringLiteral("crossValidationFolds"), crossValidationFolds},
            {QStringLiteral("cacheDir"), cacheDir},
            {QStringLiteral("provenance"), provenance},
            {QStringLiteral("reproducible"), reproducible},
            {QStringLiteral("threads"), threads}};
}

TrainingRecipe TrainingRecipe::fromJson(const QJsonObject &o) {
    TrainingRecipe r;
    r.dataFolder = str(o, "dataFolder", r.dataFolder);
    r.genreSet = str(o, "genreSet", r.genreSet);
    r.splitKind = splitKindFromName(str(o, "splitKind", splitKindName(r.splitKind)));
    r.testPerGenre = integer(o, "testPerGenre", r.testPerGenre);
    r.testFraction = num(o, "testFraction", r.testFraction);
    r.trainSplitFile = str(o, "trainSplitFile", r.trainSplitFile);
    r.validationSplitFile = str(o, "validationSplitFile", r.validationSplitFile);
    r.testSplitFile = str(o, "testSplitFile", r.testSplitFile);
    r.splitFolder = str(o, "splitFolder", r.splitFolder);
    r.validationPerGenre = integer(o, "validationPerGenre", r.validationPerGenre);
    r.featurePreset = str(o, "featurePreset", r.featurePreset);
    r.segmentSeconds = num(o, "segmentSeconds", r.segmentSeconds);
    r.augmentChain = str(o, "augmentChain", r.augmentChain);
    const QJsonObject m = o.value(QStringLiteral("model")).toObject();
    r.model.name = str(m, "name", r.model.name);
    r.model.backbone = str(m, "backbone", r.model.backbone);
    const QJsonObject t = o.value(QStringLiteral("options")).toObject();
    r.options.epochs = integer(t, "epochs", r.options.epochs);
    r.options.batchSize = integer(t, "batchSize", r.options.batchSize);
    r.options.validationBatchSize = integer(t, "validationBatchSize", r.options.validationBatchSize);
    r.options.learningRate = num(t, "learningRate", r.options.learningRate);
    r.options.earlyStopPatience = integer(t, "earlyStopPatience", r.options.earlyStopPatience);
    r.options.seeds = integer(t, "seeds", r.options.seeds);
    r.options.firstSeed = seedValue(t.value(QStringLiteral("firstSeed")), r.options.firstSeed);
    r.options.augment = str(t, "augment", r.options.augment);
    r.embedding = str(o, "embedding", r.embedding);
    r.embeddingLayer = str(o, "embeddingLayer", r.embeddingLayer);
    r.rhythm = o.value(QStringLiteral("rhythm")).toBool(false);
    r.crossValidationFolds = integer(o, "crossValidationFolds", r.crossValidationFolds);
    r.cacheDir = str(o, "cacheDir", r.cacheDir);
    r.provenance = str(o, "provenance", r.provenance);
    r.reproducible = o.value(QStringLiteral("reproducible")).toBool(false);
    r.threads = integer(o, "threads", r.threads);
    return r;
}

void TrainingRecipe::validate() const {
    if (dataFolder.isEmpty()) throw Error(QStringLiteral("no data folder is set for the training"));
    gtzan::genreSet(genreSet); // throws for an unknown name
    switch (splitKind) {
    case SplitKind::LastPerGenre:
        if (testPerGenre < 0) throw Error(QStringLiteral("test clips per genre cannot be negative"));
        break;
    case SplitKind::Fraction:
        if (!(testFraction > 0 && testFraction <= 0.9))
            throw Error(QStringLiteral("the test fraction must be above 0 and at most 0.9, not %1").arg(testFraction));
        break;
    case SplitKind::Files:
        if (trainSplitFile.isEmpty() || testSplitFile.isEmpty())
            throw Error(QStringLiteral("a split from files needs a train and a test split file"));
        break;
    case SplitKind::Folder:
        if (splitFolder.isEmpty()) throw Error(QStringLiteral("no split folder is set"));
        break;
    }
    if (validationPerGenre < 0) throw Error(QStringLiteral("validation clips per genre cannot be negative"));
    FeatureSpec::preset(featurePreset); // throws for an unknown name
    if (!(segmentSeconds >= 0 && segmentSeconds <= 600))
        throw Error(QStringLiteral("the segment length must be between 0 and 600 seconds, not %1").arg(segmentSeconds));
    if (options.augment != QLatin1String("none") && options.augment != QLatin1String("offline") && options.augment != QLatin1String("online"))
        throw Error(QStringLiteral("augmentation is none, offline or online, not \"%1\"").arg(options.augment));
    AugmentationChain::preset(augmentChain); // throws for an unknown name
    if (!modelNames().contains(model.name))
        throw Error(QStringLiteral("unknown model \"%1\" (%2)").arg(model.name, modelNames().join(QStringLiteral(", "))));
    if (embedding != QLatin1String("none") && embedding != QLatin1String("msd") && embedding != QLatin1String("mtt"))
        throw Error(QStringLiteral("the clip embedding is none, msd or mtt, not \"%1\"").arg(embedding));
    musicnnLayerFromName(embeddingLayer); // throws for an unknown name
    if (embedding != QLatin1String("none") && !model.usesEmbedding())
        throw Error(QStringLiteral("a musicnn embedding is for embed_mlp and fusion, not %1").arg(model.name));
    if (rhythm && embedding == QLatin1String("none"))
        throw Error(QStringLiteral("rhythm figures go beside a musicnn embedding: choose msd or mtt (and embed_mlp or fusion)"));
    if (crossValidationFolds != 0 && (crossValidationFolds < 2 || crossValidationFolds > 20))
        throw Error(QStringLiteral("cross-validation takes 2 to 20 folds (0: none), not %1").arg(crossValidationFolds));
    options.validate();
    if (threads > 256) throw Error(QStringLiteral("at most 256 threads, not %1").arg(threads));
}

QString TrainingRecipe::splitLabel() const {
    switch (splitKind) {
    case SplitKind::Fraction:
        return QStringLiteral("random clip-level (stratified, %1% test, seed %2)").arg(100 * testFraction, 0, 'g', 3).arg(options.firstSeed);
    case SplitKind::Folder: {
        const QString name = QFileInfo(QDir::cleanPath(splitFolder)).fileName();
        return name.contains(QLatin1String("fault-filtered")) ? QStringLiteral("fault-filtered, artist-filtered (lists: %1)").arg(name)
                                                              : QStringLiteral("split lists: %1").arg(name);
    }
    case SplitKind::Files: return QStringLiteral("split files: %1").arg(QFileInfo(testSplitFile).fileName());
    case SplitKind::LastPerGenre: break;
    }
    return testPerGenre > 0 ? QStringLiteral("last %1 clips of each genre (id order)").arg(testPerGenre) : QStringLiteral("no test clips");
}

QString TrainingRecipe::modelLabel() const { return model.usesBackbone() ? QStringLiteral("%1 (%2)").arg(model.name, model.backbone) : model.name; }

QString TrainingRecipe::featuresLabel() const {
    return segmentSeconds > 0 ? QStringLiteral("%1, %2 s segments").arg(featurePreset).arg(segmentSeconds)
                              : QStringLiteral("%1, whole clips").arg(featurePreset);
}

QString TrainingRecipe::augmentationLabel() const {
    return options.augment == QLatin1String("none") ? options.augment : QStringLiteral("%1 %2").arg(options.augment, augmentChain);
}

} // namespace gtzan
