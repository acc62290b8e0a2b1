#include "training/FolderEvaluation.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include "dataset/DatasetSplit.h"
#include "dataset/FeatureLoader.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "model/InputKind.h"
#include "model/ModelFile.h"
#include "model/TrainedModel.h"
#include "training/SegmentScoring.h"
#include "training/SegmentSet.h"
#include <QSet>
#include <algorithm>

namespace gtzan {

FolderEvaluation evaluateModelOnFolder(const TrainedModel &m, const QString &folder, const FolderEvaluationOptions &options) {
    if (!m.model) throw Error(QStringLiteral("the model to evaluate has no network"));
    ScanOptions scanOptions;
    scanOptions.genres = m.genres; // labels as the model numbers them
    const DatasetScan scan = scanGtzan(folder, scanOptions);
    std::vector<ClipRecord> clips = scan.records();
    if (!options.splitFile.isEmpty()) {
        const QStringList listed = readSplitFile(options.splitFile);
        const QSet<QString> wanted(listed.begin(), listed.end());
        clips.erase(std::remove_if(clips.begin(), clips.end(), [&](const ClipRecord &c) { return !wanted.contains(c.id); }), clips.end());
    }
    if (clips.empty()) throw Error(QStringLiteral("%1: no clips of the model's genres to evaluate").arg(folder));

    FolderEvaluation out;
    FeatureLoadReport report;
    FeatureLoadOptions load;
    load.cacheDir = options.cacheDir;
    load.report = &report;
    load.cancel = options.cancel;
    if (!options.perturbation.empty()) {
        load.augmentation = options.perturbation;
        load.augmentedCopies = 1;
        load.includeOriginals = false;
    }
    if (options.progress) load.progress = [&](int done, int total) { options.progress(QStringLiteral("features"), done, total); };
    std::vector<ClipFeatures> features = loadClipFeatures(clips, m.spec, load);
    out.problems = report.problems;
    // A model trained on musicnn embeddings gets the same embeddings of these clips.
    const std::shared_ptr<const InputKind> kind = InputKind::of(m);
    if (kind->musicnn()) {
        const EmbeddingCache cache(options.cacheDir.isEmpty() ? EmbeddingCache::defaultDir() : options.cacheDir + QStringLiteral("/musicnn"));
        EmbeddingProgress progress;
        if (options.progress) progress = [&](int done, int total) { options.progress(QStringLiteral("embeddings"), done, total); };
        kind->attachClipEmbeddings(features, musicnnWeightsOf(m).get(), &cache, progress, options.cancel, &options.perturbation);
    }
    if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("the evaluation was cancelled"));
    if (options.progress) options.progress(QStringLiteral("scoring"), 0, int(features.size()));
    const SegmentSet set(features, segmentClips(features, m.config.frames), m.config, m.normalization, m.spec);
    GenreNet net = m.model;
    out.evaluation = evaluateModel(net, set, m.genres, options.batchSize);
    out.clips = int(out.evaluation.clips.size());
    if (options.progress) options.progress(QStringLiteral("scoring"), int(features.size()), int(features.size()));
    return out;
}

FolderEvaluation evaluateModelFileOnFolder(const QString &modelPath, const QString &folder, const FolderEvaluationOptions &options) {
    return evaluateModelOnFolder(loadModelFile(modelPath), folder, options);
}

} // namespace gtzan
