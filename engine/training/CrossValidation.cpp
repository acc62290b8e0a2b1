#include "training/CrossValidation.h"
#include "common/Error.h"
#include "embedding/MusicnnEmbedder.h"
#include "training/MusicnnReference.h"
#include "training/SegmentScoring.h"
#include "training/SegmentSet.h"
#include "training/TemperatureCalibration.h"
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace gtzan {

namespace {

// The originals among the clips (originalClipIndices), copied.
std::vector<ClipFeatures> originals(const std::vector<ClipFeatures> &clips) {
    std::vector<ClipFeatures> out;
    for (size_t i : originalClipIndices(clips)) out.push_back(clips[i]);
    return out;
}

Matrix normalisedEmbeddings(const std::vector<ClipFeatures> &clips, const InputNormalization &norm) {
    if (clips.empty()) return {};
    const std::vector<float> first = clipEmbedding(clips.front());
    Matrix m(int(clips.size()), int(first.size()));
    for (int i = 0; i < m.rows; ++i) {
        const std::vector<float> e = norm.normalizeEmbedding(clipEmbedding(clips[size_t(i)]));
        if (int(e.size()) != m.cols) throw Error(QStringLiteral("clip embeddings differ in length"));
        std::copy(e.begin(), e.end(), m.row(i));
    }
    return m;
}

} // namespace

QJsonObject CrossValidationReport::toJson() const {
    return QJsonObject{{QStringLiteral("folds"), folds},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("clips"), int(evaluation.clips.size())},
                       {QStringLiteral("accuracy"), evaluation.accuracy},
                       {QStringLiteral("macroF1"), evaluation.macroF1},
                       {QStringLiteral("temperature"), temperature},
                       {QStringLiteral("nllBefore"), nllBefore},
                       {QStringLiteral("nllAfter"), nllAfter},
                       {QStringLiteral("unsureClips"), unsureClips},
                       {QStringLiteral("foldEpochs"), foldEpochs},
                       {QStringLiteral("calibration"), calibration.toJson()},
                       {QStringLiteral("unsureIds"), QJsonArray::fromStringList(unsureIds)}};
}

void setDistanceRule(TrainedModel &model, const std::vector<ClipFeatures> &trainClips, const MusicnnReference *reference) {
    if (reference && !reference->empty()) {
        setMusicnnReferenceRule(model.trust, reference->rowsOf(trainClips),
                                reference->musicnn ? reference->musicnn->modelName() : QStringLiteral("musicnn"));
        return;
    }
    if (!model.config.usesEmbedding()) return;
    const std::vector<ClipFeatures> clips = originals(trainClips);
    if (clips.size() < 3) return; // too few neighbours to say what "near" is
    model.trust.trainingEmbeddings = normalisedEmbeddings(clips, model.normalization);
    setLeaveOneOutThreshold(model.trust);
}

CrossValidationReport crossValidateAndCalibrate(const TrainingData &data, const ModelConfig &modelConfig, TrainingOptions options, int folds,
                                                TrainedModel &finalModel, const MusicnnReference *reference, const TrainingCallbacks &callbacks,
                                                const std::atomic_bool *cancel, const std::function<void(int fold, int folds)> &onFold) {
    const std::vector<ClipFeatures> clips = originals(data.train);
    if (folds < 2 || folds > 20) throw Error(QStringLiteral("cross-validation takes 2 to 20 folds, not %1").arg(folds));
    if (int(clips.size()) < folds) throw Error(QStringLiteral("%1 clips are too few for %2 folds").arg(clips.size()).arg(folds));

    // Stratified: each genre's clips, shuffled with the seed, dealt round-robin (continuing from
    // genre to genre, so fold sizes differ by at most one).
    CrossValidationReport report;
    report.folds = folds;
    report.seed = options.firstSeed;
    std::map<int, std::vector<size_t>> byLabel;
    for (size_t i = 0; i < clips.size(); ++i) byLabel[clips[i].clip.label].push_back(i);
    std::vector<int> foldOf(clips.size(), 0);
    std::mt19937_64 rng(options.firstSeed * 7919u + 17u);
    int dealt = 0;
    for (auto &[label, members] : byLabel) {
        std::shuffle(members.begin(), members.end(), rng);
        for (size_t m : members) foldOf[m] = dealt++ % folds;
    }
    QHash<QString, int> foldOfId;
    for (size_t i = 0; i < clips.size(); ++i) foldOfId.insert(clips[i].clip.id, foldOf[i]);

    options.seeds = 1;
    // The same optimiser steps as the final model (see the header): the fold holds about
    // (k-1)/k of the clips, so it trains k/(k-1) times the epochs.
    const size_t allClips = data.train.size();
    const size_t foldClips = allClips - allClips / size_t(folds);
    report.foldEpochs = std::max(1, int(std::lround(double(options.epochs) * double(allClips) / double(std::max<size_t>(1, foldClips)))));
    // tests/bench/nested_calibration.sh compares with the former rule (fold models trained the
    // final epochs) through this switch; nothing else sets it.
    if (qEnvironmentVariableIsSet("GTZAN_CV_SAME_EPOCHS")) report.foldEpochs = options.epochs;
    options.epochs = report.foldEpochs;
    std::vector<std::vector<std::vector<float>>> clipLogits(clips.size());
    std::vector<TrustRules> foldRules(static_cast<size_t>(folds));
    std::vector<std::vector<float>> clipEmbeddingOf(clips.size()); // normalised by its fold's model
    for (int f = 0; f < folds; ++f) {
        if (cancel && cancel->load()) throw Cancelled(QStringLiteral("cross-validation was cancelled"));
        if (onFold) onFold(f, folds);
        TrainingData fold;
        fold.genres = data.genres;
        fold.spec = data.spec;
        fold.segmentHopFrames = data.segmentHopFrames;
        for (const ClipFeatures &c : data.train)
            if (foldOfId.value(c.clip.id, -1) != f) fold.train.push_back(c);
        std::vector<size_t> heldOut;
        for (size_t i = 0; i < clips.size(); ++i)
            if (foldOf[i] == f) {
                heldOut.push_back(i);
                fold.test.push_back(clips[i]);
            }
        if (data.onlineAugmentation) {
            const OnlineAugmentation all = data.onlineAugmentation;
            fold.onlineAugmentation = [all, foldOfId, f](int epoch, uint64_t seed) {
                std::vector<ClipFeatures> drawn = all(epoch, seed), kept;
                for (ClipFeatures &c : drawn)
                    if (foldOfId.value(c.clip.id, -1) != f) kept.push_back(std::move(c));
                return kept;
            };
        }
        const TrainingOutcome outcome = trainModels(fold, modelConfig, options, callbacks, cancel);
        if (outcome.cancelled || !outcome.hasModel()) throw Cancelled(QStringLiteral("cross-validation was cancelled"));
        GenreNet net = outcome.runs[size_t(outcome.bestRun)].model;
        const SegmentSet held(fold.test, segmentClips(fold.test, fold.segmentFrames(), fold.segmentHopFrames), outcome.config, outcome.normalization,
                              fold.spec);
        const SegmentScores scores = scoreSegments(net, held, options.validationBatchSize, cancel);
        if (scores.cancelled) throw Cancelled(QStringLiteral("cross-validation was cancelled"));
        for (size_t s = 0; s < held.size(); ++s) clipLogits[heldOut[size_t(held.segment(s).clipIndex)]].push_back(scores.logits[s]);

        // This fold's own "far from training" rule, as the final model will have its own.
        TrainedModel foldModel;
        foldModel.config = outcome.config;
        foldModel.normalization = outcome.normalization;
        setDistanceRule(foldModel, fold.train, reference);
        foldRules[size_t(f)] = foldModel.trust;
        for (size_t i : heldOut) {
            if (foldModel.trust.usesMusicnnReference()) {
                const Matrix row = reference->rowsOf({clips[i]});
                if (row.rows == 1) clipEmbeddingOf[i] = foldModel.trust.standardizedReference(std::vector<float>(row.row(0), row.row(0) + row.cols));
            } else if (outcome.config.usesEmbedding()) clipEmbeddingOf[i] = outcome.normalization.normalizeEmbedding(clipEmbedding(clips[i]));
        }
    }

    std::vector<int> labels;
    for (const ClipFeatures &c : clips) labels.push_back(c.clip.label);
    report.calibration = fitTemperatureRecord(clipLogits, labels, QStringLiteral("cross-validation"), &report.temperature);
    report.nllBefore = report.calibration.before.nll;
    report.nllAfter = report.calibration.after.nll;

    // The out-of-fold evaluation with calibrated segment probabilities.
    std::vector<ClipRecord> records;
    std::vector<int> segmentClip;
    std::vector<std::vector<float>> segmentProbabilities;
    for (size_t i = 0; i < clips.size(); ++i) {
        records.push_back(clips[i].clip);
        for (const std::vector<float> &z : clipLogits[i]) {
            segmentClip.push_back(int(i));
            segmentProbabilities.push_back(calibratedMean({z}, report.temperature));
        }
    }
    report.evaluation = evaluateSegments(data.genres, records, segmentClip, segmentProbabilities);

    TrustRules &finalRules = finalModel.trust;
    finalRules.temperature = report.temperature;
    finalRules.calibrated = true;
    finalRules.calibration = report.calibration;
    for (size_t i = 0; i < clips.size(); ++i) {
        TrustRules rules = foldRules[size_t(foldOf[i])];
        rules.temperature = report.temperature;
        rules.minConfidence = finalRules.minConfidence;
        rules.closeMargin = finalRules.closeMargin;
        const std::vector<float> p = calibratedMean(clipLogits[i], report.temperature);
        const TrustVerdict v = judgePrediction(rules, p, data.genres, clipEmbeddingOf[i].empty() ? nullptr : &clipEmbeddingOf[i]);
        if (v.unsure) {
            ++report.unsureClips;
            report.unsureIds << QStringLiteral("%1 (%2, %3)").arg(clips[i].clip.id, v.kind, v.reason);
        }
    }
    QJsonObject provenance = finalRules.provenance;
    provenance.insert(
        QStringLiteral("temperatureFittedOn"),
        QStringLiteral("%1-fold cross-validation, %2 clips (each fold model trained %3 epochs)").arg(folds).arg(clips.size()).arg(report.foldEpochs));
    finalRules.provenance = provenance;
    return report;
}

} // namespace gtzan
