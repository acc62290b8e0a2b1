#include "training/TrainingPreparation.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/FeatureLoader.h"
#include "dataset/GenreSets.h"
#include "embedding/TrainingEmbeddings.h"
#include "model/InputKind.h"
#include <QDir>
#include <map>
#include <memory>

namespace gtzan {

namespace {

// Per genre (clips in id order): the last `test` clips go to test, the rest to train.
DatasetSplit lastClipsPerGenre(const std::vector<ClipRecord> &clips, const QStringList &genres, int test) {
    DatasetSplit split;
    split.genres = genres;
    std::map<int, std::vector<ClipRecord>> byGenre;
    for (const ClipRecord &c : clips) byGenre[c.label].push_back(c);
    for (auto &[label, list] : byGenre) {
        const int n = int(list.size());
        if (n - test < 1)
            throw Error(QStringLiteral("genre %1 has %2 clips: too few for %3 test clips per genre").arg(list.front().genre).arg(n).arg(test));
        for (int i = 0; i < n; ++i) (i >= n - test ? split.test : split.train).push_back(list[size_t(i)]);
    }
    return split;
}

// The embedding source the recipe's model is trained on and its file will name (see
// InputKind::embeddingSourceFor): the musicnn choice with its rhythm figures, else what the clips carry.
QString embeddingSourceOf(const TrainingRecipe &recipe, const std::vector<ClipFeatures> &trainClips) {
    std::optional<MusicnnEmbeddingSource> musicnn = MusicnnEmbeddingSource::fromChoice(recipe.embedding, musicnnLayerFromName(recipe.embeddingLayer));
    if (musicnn) musicnn->rhythm = recipe.rhythm;
    return InputKind::embeddingSourceFor(recipe.model, musicnn, trainClips);
}

DatasetSplit makeSplit(const TrainingRecipe &r, const DatasetScan &scan, const QStringList &genres) {
    const uint64_t seed = r.options.firstSeed;
    DatasetSplit split;
    switch (r.splitKind) {
    case TrainingRecipe::SplitKind::Files: split = splitFromFiles(scan, r.trainSplitFile, r.testSplitFile, r.validationSplitFile); break;
    case TrainingRecipe::SplitKind::Folder: split = splitFromFolder(scan, r.splitFolder); break;
    case TrainingRecipe::SplitKind::Fraction: split = stratifiedSplit(scan.records(), genres, r.testFraction, seed); break;
    case TrainingRecipe::SplitKind::LastPerGenre: split = lastClipsPerGenre(scan.records(), genres, r.testPerGenre); break;
    }
    if (r.validationPerGenre > 0 && split.validation.empty()) carveValidation(split, r.validationPerGenre, seed);
    return split;
}

} // namespace

PreparedTraining prepareTraining(const TrainingRecipe &recipe, const PrepareCallbacks &callbacks, const std::atomic_bool *cancel) {
    recipe.validate();
    PreparedTraining p;
    auto say = [&](const QString &line) {
        p.messages << line;
        if (callbacks.say) callbacks.say(line);
    };
    const TrainingOptions &o = recipe.options;
    const uint64_t seed = o.firstSeed; // first training seed, also split and augmentation draws
    p.chain = AugmentationChain::preset(recipe.augmentChain, seed);
    p.spec = FeatureSpec::preset(recipe.featurePreset);
    p.spec.segmentSeconds = recipe.segmentSeconds;

    // Which clips go where (the data set engine: scan, split files or seeded splits).
    ScanOptions scanOptions;
    scanOptions.genres = genreSet(recipe.genreSet);
    const QStringList genres = scanOptions.genres;
    const DatasetScan scan = scanGtzan(recipe.dataFolder, scanOptions);
    for (const QString &problem : scan.problems) say(QStringLiteral("note: ") + problem);
    p.split = makeSplit(recipe, scan, genres);
    for (const QString &problem : p.split.problems) say(QStringLiteral("note: ") + problem);
    const std::vector<ClipRecord> &train = p.split.train, &validation = p.split.validation, &test = p.split.test;
    say(QStringLiteral("%1 genres; %2 training, %3 validation, %4 test clips; augmentation %5; computing %6 features ...")
            .arg(genres.size())
            .arg(train.size())
            .arg(validation.size())
            .arg(test.size())
            .arg(o.augment, p.spec.name));

    FeatureLoadOptions load;
    load.cacheDir = recipe.cacheDir;
    load.cancel = cancel;
    // Features of one side of the split; clips that cannot be read are left out and reported.
    auto loadSide = [&](const QString &side, const std::vector<ClipRecord> &clips, FeatureLoadOptions options) {
        FeatureLoadReport report;
        options.report = &report;
        if (callbacks.progress) {
            const auto progress = callbacks.progress;
            options.progress = [progress, side](int done, int total) { progress(side, done, total); };
        }
        std::vector<ClipFeatures> out = loadClipFeatures(clips, p.spec, options);
        for (const QString &problem : report.problems) say(QStringLiteral("warning: ") + problem);
        return out;
    };
    p.data.genres = genres;
    FeatureLoadOptions trainLoad = load;
    if (o.augment == QLatin1String("offline")) {
        trainLoad.augmentation = p.chain; // originals + one augmented copy each, drawn once
        trainLoad.augmentedCopies = 1;
    }
    p.data.train = loadSide(QStringLiteral("train"), train, trainLoad);
    p.data.validation = loadSide(QStringLiteral("validation"), validation, load);
    p.data.test = loadSide(QStringLiteral("test"), test, load);
    p.data.spec = p.spec;
    // How the model will read audio: what its clips need attached before training.
    const std::shared_ptr<const InputKind> kind = InputKind::of(recipe.model, embeddingSourceOf(recipe, p.data.train));
    std::map<QString, std::vector<float>> embeddingOfPath; // for online augmentation's fresh copies
    if (const std::optional<MusicnnEmbeddingSource> &embedding = kind->musicnn()) {
        const MusicnnEmbedder embedder = embedding->loadEmbedder(); // a missing weight file: an error saying where it looked
        p.musicnn = std::make_shared<const MusicnnEmbedder>(embedder);
        const EmbeddingCache cache(recipe.cacheDir.isEmpty() ? EmbeddingCache::defaultDir() : recipe.cacheDir + QStringLiteral("/musicnn"));
        say(QStringLiteral("computing %1 embeddings (%2)%3 ...")
                .arg(embedder.modelName(), musicnnLayerName(embedding->layer),
                     embedding->rhythm ? QStringLiteral(", tempo and onsets (aubio)") : QString()));
        const auto progress = [&](int done, int total) {
            if (done == total || done % 25 == 0) say(QStringLiteral("  %1/%2 clips embedded").arg(done).arg(total));
        };
        for (std::vector<ClipFeatures> *side : {&p.data.train, &p.data.validation, &p.data.test})
            kind->attachClipEmbeddings(*side, p.musicnn.get(), &cache, progress, cancel);
        for (const ClipFeatures &c : p.data.train) embeddingOfPath[c.clip.path] = c.embedding;
    }
    if (o.augment == QLatin1String("online")) {
        // Every epoch: the originals plus a fresh augmented copy of each training clip.
        auto audioCache = std::make_shared<DecodedAudioCache>();
        FeatureLoadOptions on = load;
        on.cancel = nullptr; // the trainer checks its own cancel flag between batches
        on.augmentation = p.chain;
        on.augmentedCopies = 1;
        on.cacheAugmented = false;
        p.data.onlineAugmentation = [train, spec = p.spec, on, audioCache, embeddingOfPath](int epoch, uint64_t) {
            FeatureLoadOptions draw = on;
            draw.drawOffset = uint64_t(epoch);
            draw.audioCache = audioCache.get();
            std::vector<ClipFeatures> clips = loadClipFeatures(train, spec, draw);
            // Augmented copies keep their original's musicnn embedding (musicnn sees the original audio).
            for (ClipFeatures &c : clips) {
                const auto it = embeddingOfPath.find(c.clip.path);
                if (it != embeddingOfPath.end()) c.embedding = it->second;
            }
            return clips;
        };
    }
    return p;
}

TrainedModel buildTrainedModel(const TrainingRecipe &recipe, const PreparedTraining &prepared, const TrainingOutcome &outcome) {
    if (!outcome.hasModel()) throw Error(QStringLiteral("no model was trained"));
    const RunResult &best = outcome.runs[size_t(outcome.bestRun)];
    const DatasetSplit &split = prepared.split;
    TrainedModel tm;
    tm.config = outcome.config;
    tm.genres = prepared.data.genres;
    tm.spec = prepared.spec;
    tm.normalization = outcome.normalization;
    tm.embeddingSource = embeddingSourceOf(recipe, prepared.data.train);
    QJsonObject training = outcome.toJson();
    training.insert(QStringLiteral("options"), recipe.options.toJson());
    tm.training = training;
    const bool augmented = recipe.options.augment != QLatin1String("none");
    tm.dataset = QJsonObject{{QStringLiteral("folder"), QDir(recipe.dataFolder).absolutePath()},
                             {QStringLiteral("split"), split.toJson()},
                             {QStringLiteral("splitKind"), TrainingRecipe::splitKindName(recipe.splitKind)},
                             {QStringLiteral("splitLabel"), recipe.splitLabel()},
                             {QStringLiteral("testFraction"), recipe.testFraction},
                             {QStringLiteral("augmentation"), augmented ? QJsonValue(prepared.chain.toJson()) : QJsonValue()},
                             {QStringLiteral("genreSet"), recipe.genreSet},
                             {QStringLiteral("trainSplit"), recipe.trainSplitFile},
                             {QStringLiteral("validationSplit"), recipe.validationSplitFile},
                             {QStringLiteral("testSplit"), recipe.testSplitFile},
                             {QStringLiteral("splitFolder"), recipe.splitFolder},
                             {QStringLiteral("validationPerGenre"), recipe.validationPerGenre},
                             {QStringLiteral("testPerGenre"), recipe.testPerGenre},
                             {QStringLiteral("trainClips"), int(split.train.size())},
                             {QStringLiteral("validationClips"), int(split.validation.size())},
                             {QStringLiteral("testClips"), int(split.test.size())},
                             {QStringLiteral("segmentFrames"), prepared.data.segmentFrames()}};
    if (best.hasTest) tm.evaluation = best.test.toJson();
    tm.model = best.model.ptr();
    tm.musicnn = prepared.musicnn;
    if (!recipe.provenance.isEmpty()) tm.dataset.insert(QStringLiteral("provenance"), recipe.provenance);
    return tm;
}

} // namespace gtzan
