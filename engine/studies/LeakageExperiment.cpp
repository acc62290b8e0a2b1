#include "studies/LeakageExperiment.h"
#include "common/Error.h"
#include "dataset/DatasetSplit.h"
#include "training/TrainingPreparation.h"
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <map>

namespace gtzan {

QJsonObject LeakageArm::toJson() const {
    QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("split"), splitName}, {QStringLiteral("ran"), ran}};
    if (!ran) {
        o.insert(QStringLiteral("notRunBecause"), notRunBecause);
        return o;
    }
    o.insert(QStringLiteral("items"), items);
    o.insert(QStringLiteral("train"), trainItems);
    o.insert(QStringLiteral("test"), testItems);
    o.insert(QStringLiteral("testAccuracy"), testAccuracy);
    o.insert(QStringLiteral("seconds"), seconds);
    o.insert(QStringLiteral("evaluation"), test.toJson());
    return o;
}

QJsonObject LeakageReport::toJson() const {
    QJsonArray a;
    for (const LeakageArm &arm : arms) a.append(arm.toJson());
    return {{QStringLiteral("data"), dataFolder},
            {QStringLiteral("model"), model},
            {QStringLiteral("arms"), a},
            {QStringLiteral("explanation"), explanation()}};
}

QString LeakageReport::explanation() {
    return QStringLiteral("(a) cuts every clip into segments and splits the segments at random, so slices of the same recording are on both sides: "
                          "the test then measures how well the model remembers recordings. (b) splits the clips, so a recording is on one side only; "
                          "GTZAN still repeats artists and songs across clips. (c) is the artist-filtered, fault-filtered split (Kereliuk, Sturm & "
                          "Larsen 2015), which keeps each artist on one side and leaves out replicas and mislabelled clips. The gap between (a) "
                          "and (b), and between (b) and (c), is what leakage adds to a reported accuracy.");
}

std::vector<ClipFeatures> clipsAsSegments(const std::vector<ClipFeatures> &clips, int segmentFrames) {
    if (segmentFrames <= 0) throw Error(QStringLiteral("a segment-level split needs segments (a segment length above 0 s)"));
    std::vector<ClipFeatures> out;
    for (const ClipFeatures &c : clips) {
        if (c.augmentation != 0) continue;
        const std::vector<int> starts = segmentStarts(c.features.cols, segmentFrames);
        for (size_t k = 0; k < starts.size(); ++k) {
            ClipFeatures s;
            s.clip = c.clip;
            s.clip.id = QStringLiteral("%1#%2").arg(c.clip.id).arg(k);
            s.spec = c.spec;
            s.embedding = c.embedding;
            const int frames = std::min(segmentFrames, c.features.cols - starts[k]);
            s.features = Matrix(c.features.rows, segmentFrames);
            for (int r = 0; r < c.features.rows; ++r)
                std::copy(c.features.row(r) + starts[k], c.features.row(r) + starts[k] + frames, s.features.row(r));
            out.push_back(std::move(s));
        }
    }
    return out;
}

namespace {

// Splits segment "clips" stratified and seeded, as stratifiedSplit splits clips.
void splitSegments(const std::vector<ClipFeatures> &segments, const QStringList &genres, double testFraction, uint64_t seed,
                   std::vector<ClipFeatures> &train, std::vector<ClipFeatures> &test) {
    std::vector<ClipRecord> records;
    std::map<QString, size_t> indexOf;
    for (size_t i = 0; i < segments.size(); ++i) {
        records.push_back(segments[i].clip);
        indexOf[segments[i].clip.id] = i;
    }
    const DatasetSplit split = stratifiedSplit(records, genres, testFraction, seed);
    for (const ClipRecord &r : split.train) train.push_back(segments[indexOf.at(r.id)]);
    for (const ClipRecord &r : split.test) test.push_back(segments[indexOf.at(r.id)]);
}

LeakageArm trainArm(const QString &key, const QString &splitName, const QString &items, const TrainingData &data, const TrainingRecipe &recipe,
                    int armIndex, const LeakageCallbacks &callbacks, const std::atomic_bool *cancel) {
    LeakageArm arm;
    arm.key = key;
    arm.splitName = splitName;
    arm.items = items;
    arm.trainItems = int(data.train.size());
    arm.testItems = int(data.test.size());
    if (data.test.empty()) throw Error(QStringLiteral("the %1 split has no test clips").arg(splitName));
    if (callbacks.say)
        callbacks.say(QStringLiteral("(%1) %2: training on %3 %4, testing on %5 ...")
                          .arg(QChar(u'a' + armIndex))
                          .arg(splitName)
                          .arg(arm.trainItems)
                          .arg(items)
                          .arg(arm.testItems));
    QElapsedTimer clock;
    clock.start();
    TrainingCallbacks tc;
    if (callbacks.onEpoch) tc.onEpoch = [&](const EpochReport &e) { callbacks.onEpoch(armIndex, e); };
    const TrainingOutcome outcome = trainModels(data, recipe.model, recipe.options, tc, cancel);
    if (outcome.cancelled || (cancel && cancel->load())) throw Cancelled(QStringLiteral("the leakage experiment was cancelled"));
    arm.ran = true;
    arm.testAccuracy = outcome.meanTestAccuracy;
    if (outcome.hasModel()) arm.test = outcome.runs[size_t(outcome.bestRun)].test;
    arm.seconds = clock.elapsed() / 1000.0;
    if (callbacks.onArmFinished) callbacks.onArmFinished(armIndex, arm);
    return arm;
}

} // namespace

LeakageReport runLeakageExperiment(const LeakageRequest &request, const LeakageCallbacks &callbacks, const std::atomic_bool *cancel) {
    TrainingRecipe base = request.recipe;
    base.options.augment = QStringLiteral("none"); // the splits are the only difference between the arms
    base.validationPerGenre = 0;                   // no model selection: every arm keeps its last epoch
    base.crossValidationFolds = 0;
    if (base.segmentSeconds <= 0) throw Error(QStringLiteral("the leakage experiment needs segments: choose a segment length above 0 s"));
    if (!base.model.usesSpectrogram())
        throw Error(QStringLiteral("the leakage experiment needs a model that listens to spectrogram segments; %1 takes only a clip embedding")
                        .arg(base.model.name));
    LeakageReport report;
    report.dataFolder = base.dataFolder;
    report.model = base.modelLabel();
    PrepareCallbacks prepare;
    prepare.say = callbacks.say;

    // (b) first: its prepared clips are also (a)'s.
    TrainingRecipe clipsRecipe = base;
    clipsRecipe.splitKind = TrainingRecipe::SplitKind::Fraction;
    clipsRecipe.testFraction = request.testFraction;
    const PreparedTraining clips = prepareTraining(clipsRecipe, prepare, cancel);

    TrainingData segmentData;
    segmentData.genres = clips.data.genres;
    segmentData.spec = clips.data.spec;
    std::vector<ClipFeatures> all = clips.data.train;
    all.insert(all.end(), clips.data.test.begin(), clips.data.test.end());
    splitSegments(clipsAsSegments(all, clips.data.segmentFrames()), clips.data.genres, request.testFraction, base.options.firstSeed,
                  segmentData.train, segmentData.test);
    report.arms.push_back(trainArm(QStringLiteral("segments"), QStringLiteral("random segment-level"), QStringLiteral("segments"), segmentData, base,
                                   0, callbacks, cancel));
    report.arms.push_back(trainArm(QStringLiteral("clips"), QStringLiteral("random clip-level"), QStringLiteral("clips"), clips.data, clipsRecipe, 1,
                                   callbacks, cancel));

    LeakageArm filtered;
    filtered.key = QStringLiteral("filtered");
    filtered.splitName = QStringLiteral("fault-filtered");
    if (request.filteredSplitFolder.isEmpty() || !QFileInfo(request.filteredSplitFolder).isDir()) {
        filtered.notRunBecause = QStringLiteral("no fault-filtered split lists were found (../shared/data/splits/fault-filtered)");
        report.arms.push_back(filtered);
        if (callbacks.onArmFinished) callbacks.onArmFinished(2, filtered);
        return report;
    }
    TrainingRecipe filteredRecipe = base;
    filteredRecipe.splitKind = TrainingRecipe::SplitKind::Folder;
    filteredRecipe.splitFolder = request.filteredSplitFolder;
    try {
        PreparedTraining p = prepareTraining(filteredRecipe, prepare, cancel);
        // Its validation list trains too: the other arms select no epoch either.
        p.data.train.insert(p.data.train.end(), p.data.validation.begin(), p.data.validation.end());
        p.data.validation.clear();
        if (p.data.test.empty()) throw Error(QStringLiteral("none of the folder's clips is on the split's test list"));
        report.arms.push_back(trainArm(filtered.key, filtered.splitName, QStringLiteral("clips"), p.data, filteredRecipe, 2, callbacks, cancel));
    } catch (const Error &e) {
        if (cancel && cancel->load()) throw;
        filtered.notRunBecause = e.message();
        report.arms.push_back(filtered);
        if (callbacks.onArmFinished) callbacks.onArmFinished(2, filtered);
    }
    return report;
}

} // namespace gtzan
