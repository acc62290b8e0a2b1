#include "training/Trainer.h"
#include "common/Error.h"
#include "common/Statistics.h"
#include "tensor/ComputeDevice.h"
#include "tensor/ModelState.h"
#include "training/SegmentScoring.h"
#include "training/SegmentSet.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace gtzan {

namespace {

void checkClips(const std::vector<ClipFeatures> &clips, int classes, const char *what) {
    for (const ClipFeatures &c : clips)
        if (c.clip.label < 0 || c.clip.label >= classes)
            throw Error(
                QStringLiteral("%1 clip %2 has label %3, outside the %4 genres").arg(QLatin1String(what), c.clip.id).arg(c.clip.label).arg(classes));
}

void meanAndSpread(const std::vector<double> &v, double &mean, double &spread) {
    if (v.empty()) return;
    const MeanSd m = meanAndSampleSd(v);
    mean = m.mean;
    spread = m.sd;
}

// Training with validation: a higher segment accuracy wins, a lower loss breaks ties.
bool better(const EpochReport &e, const RunResult &best) {
    if (best.bestValidationAccuracy < 0) return true;
    if (e.validationAccuracy != best.bestValidationAccuracy) return e.validationAccuracy > best.bestValidationAccuracy;
    return e.validationLoss < best.bestValidationLoss;
}

} // namespace

ModelConfig completeModelConfig(const TrainingData &data, const ModelConfig &model) {
    if (data.train.empty()) throw Error(QStringLiteral("there are no training clips"));
    ModelConfig c = model;
    c.numClasses = int(data.genres.size());
    c.nMels = data.train.front().features.rows;
    if (data.segmentFrames() > 0) c.frames = data.segmentFrames();
    else {
        c.frames = 0;
        for (const auto *set : {&data.train, &data.validation, &data.test})
            for (const ClipFeatures &clip : *set) c.frames = std::max(c.frames, clip.features.cols);
    }
    c.embeddingDim = c.usesEmbedding() ? int(clipEmbedding(data.train.front()).size()) : 0;
    c.validate();
    return c;
}

QJsonObject TrainingOutcome::toJson() const {
    QJsonArray runsJson;
    for (const RunResult &r : runs) {
        QJsonArray history;
        for (const EpochReport &e : r.history) history.append(e.toJson());
        QJsonObject o{{QStringLiteral("seed"), QString::number(r.seed)},
                      {QStringLiteral("bestEpoch"), r.bestEpoch},
                      {QStringLiteral("cancelled"), r.cancelled},
                      {QStringLiteral("stoppedEarly"), r.stoppedEarly},
                      {QStringLiteral("history"), history}};
        if (r.bestValidationAccuracy >= 0) o.insert(QStringLiteral("bestValidationAccuracy"), r.bestValidationAccuracy);
        if (r.hasTest) {
            o.insert(QStringLiteral("testAccuracy"), r.test.accuracy);
            o.insert(QStringLiteral("testAccuracyByMax"), r.test.accuracyByMax);
            o.insert(QStringLiteral("testAccuracyByVote"), r.test.accuracyByVote);
        }
        runsJson.append(o);
    }
    QJsonObject o{{QStringLiteral("runs"), runsJson},
                  {QStringLiteral("bestRun"), bestRun},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("note"), note}};
    if (meanValidationAccuracy >= 0) {
        o.insert(QStringLiteral("meanValidationAccuracy"), meanValidationAccuracy);
        o.insert(QStringLiteral("stdValidationAccuracy"), stdValidationAccuracy);
    }
    if (meanTestAccuracy >= 0) {
        o.insert(QStringLiteral("meanTestAccuracy"), meanTestAccuracy);
        o.insert(QStringLiteral("stdTestAccuracy"), stdTestAccuracy);
    }
    return o;
}

TrainingOutcome trainModels(const TrainingData &data, const ModelConfig &model, const TrainingOptions &options, const TrainingCallbacks &callbacks,
                            const std::atomic_bool *cancel) {
    options.validate();
    const int classes = int(data.genres.size());
    if (classes < 2) throw Error(QStringLiteral("training needs at least two genres"));
    checkClips(data.train, classes, "training");
    checkClips(data.validation, classes, "validation");
    checkClips(data.test, classes, "test");

    TrainingOutcome out;
    out.config = completeModelConfig(data, model);
    out.normalization = InputNormalization::fit(data.train, out.config.usesEmbedding(), out.config.usesSpectrogram());
    const bool hasValidation = !data.validation.empty();
    const SegmentSet validation(data.validation, segmentClips(data.validation, data.segmentFrames(), data.segmentHopFrames), out.config,
                                out.normalization, data.spec);
    const std::vector<SegmentRef> trainSegments = segmentClips(data.train, data.segmentFrames(), data.segmentHopFrames);
    std::vector<ClipRecord> validationRecords;
    std::vector<int> validationSegmentClip;
    for (const ClipFeatures &c : data.validation) validationRecords.push_back(c.clip);
    for (const SegmentRef &s : validation.segments()) validationSegmentClip.push_back(s.clipIndex);
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    QElapsedTimer clock;
    clock.start();
    const int totalEpochs = options.seeds * options.epochs;
    int epochsDone = 0;
    for (int run = 0; run < options.seeds && !out.cancelled; ++run) {
        RunResult result;
        result.seed = options.firstSeed + uint64_t(run);
        torch::manual_seed(result.seed);
        std::mt19937_64 rng(result.seed);
        GenreNet net = createModel(out.config);
        net->to(computeDevice()); // the optimiser must see the parameters where they will live
        torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(options.learningRate));
        std::vector<torch::Tensor> best;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            QElapsedTimer epochClock; // the whole training pass: augmentation, batching, network
            epochClock.start();
            // Online augmentation swaps in this epoch's clips; otherwise the fixed set.
            std::vector<ClipFeatures> augmented;
            if (data.onlineAugmentation) augmented = data.onlineAugmentation(epoch, result.seed * 100003u + uint64_t(epoch));
            const std::vector<ClipFeatures> &clips = data.onlineAugmentation ? augmented : data.train;
            if (data.onlineAugmentation) checkClips(clips, classes, "augmented training");
            const SegmentSet trainSet(clips,
                                      data.onlineAugmentation ? segmentClips(clips, data.segmentFrames(), data.segmentHopFrames) : trainSegments,
                                      out.config, out.normalization, data.spec);
            std::vector<int64_t> order(trainSet.size());
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), rng);
            // BatchNorm cannot train on one sample: a trailing batch of one is left out.
            const int64_t n = int64_t(order.size()) - (order.size() % size_t(options.batchSize) == 1 ? 1 : 0);
            const int batches = int((n + options.batchSize - 1) / options.batchSize);

            net->train();
            double lossSum = 0, networkSeconds = 0;
            int64_t correct = 0, seen = 0;
            QElapsedTimer networkClock;
            for (int b = 0; b < batches; ++b) {
                if (cancelled()) break;
                const int64_t start = int64_t(b) * options.batchSize, end = std::min(n, start + options.batchSize);
                std::vector<int64_t> idx(order.begin() + start, order.begin() + end);
                const torch::Tensor labels = trainSet.labels(idx).to(deviceOf(*net));
                networkClock.start();
                optimizer.zero_grad();
                const torch::Tensor logits = net->forward(trainSet.batch(idx));
                const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
                if (cancelled()) break;
                loss.backward();
                optimizer.step();
                networkSeconds += networkClock.nsecsElapsed() * 1e-9;
                const double l = loss.item<double>();
                lossSum += l * double(idx.size());
                correct += logits.argmax(1).eq(labels).sum().item<int64_t>();
                seen += int64_t(idx.size());
                if (callbacks.onBatch) {
                    BatchReport r;
                    r.run = run + 1, r.runs = options.seeds, r.epoch = epoch, r.epochs = options.epochs;
                    r.batch = b + 1, r.batches = batches, r.loss = l;
                    r.runningAccuracy = double(correct) / double(seen);
                    r.samplesPerSecond = double(seen) / std::max(1e-9, epochClock.nsecsElapsed() * 1e-9);
                    callbacks.onBatch(r);
                }
            }
            if (cancelled()) {
                result.cancelled = true;
                out.cancelled = true;
                break;
            }
            EpochReport e;
            e.epochSeconds = epochClock.nsecsElapsed() * 1e-9;
            e.networkSeconds = networkSeconds;
            e.run = run + 1, e.runs = options.seeds, e.epoch = epoch, e.epochs = options.epochs;
            e.trainLoss = seen ? lossSum / double(seen) : 0.0;
            e.trainAccuracy = seen ? double(correct) / double(seen) : 0.0;
            if (hasValidation) {
                const SegmentScores s = scoreSegments(net, validation, options.validationBatchSize, cancel);
                if (s.cancelled) {
                    result.cancelled = out.cancelled = true;
                    break;
                }
                e.validationLoss = s.loss;
                e.validationAccuracy = s.accuracy;
                e.validationClipAccuracy = evaluateSegments(data.genres, validationRecords, validationSegmentClip, s.probabilities).accuracy;
                e.improved = better(e, result);
            } else {
                e.improved = true; // no validation: the latest weights are the ones kept
            }
            ++epochsDone;
            e.elapsedSeconds = clock.nsecsElapsed() * 1e-9;
            e.etaSeconds = e.elapsedSeconds / epochsDone * (totalEpochs - epochsDone);
            if (e.improved) {
                best = snapshotState(*net);
                result.bestEpoch = epoch;
                result.bestValidationAccuracy = e.validationAccuracy;
                result.bestValidationLoss = e.validationLoss;
                sinceBest = 0;
            } else {
                ++sinceBest;
            }
            result.history.push_back(e);
            if (callbacks.onEpoch) callbacks.onEpoch(e);
            if (options.earlyStopPatience > 0 && sinceBest >= options.earlyStopPatience) {
                result.stoppedEarly = true;
                break;
            }
        }
        if (!best.empty()) {
            restoreState(*net, best);
            net->eval();
            result.model = net;
            if (!data.test.empty() && !out.cancelled) {
                const SegmentSet test(data.test, segmentClips(data.test, data.segmentFrames(), data.segmentHopFrames), out.config, out.normalization,
                                      data.spec);
                result.test = evaluateModel(net, test, data.genres, options.validationBatchSize);
                result.hasTest = true;
            }
            net->to(torch::kCPU); // the kept model is saved, explained and cross-validated from the CPU
        }
        out.runs.push_back(std::move(result));
    }

    std::vector<double> valAcc, testAcc;
    for (int i = 0; i < int(out.runs.size()); ++i) {
        const RunResult &r = out.runs[size_t(i)];
        if (!r.model) continue;
        if (r.bestValidationAccuracy >= 0) valAcc.push_back(r.bestValidationAccuracy);
        if (r.hasTest) testAcc.push_back(r.test.accuracy);
        if (out.bestRun < 0) {
            out.bestRun = i;
            continue;
        }
        // The kept run is chosen on validation only; without a validation set the first run is kept,
        // since choosing by test accuracy would tune on the test set.
        const RunResult &b = out.runs[size_t(out.bestRun)];
        if (hasValidation && r.bestValidationAccuracy > b.bestValidationAccuracy) out.bestRun = i;
    }
    meanAndSpread(valAcc, out.meanValidationAccuracy, out.stdValidationAccuracy);
    meanAndSpread(testAcc, out.meanTestAccuracy, out.stdTestAccuracy);
    QStringList notes;
    if (out.cancelled)
        notes << (out.hasModel() ? QStringLiteral("Training was cancelled; the best model so far (run %1, epoch %2) is kept.")
                                       .arg(out.bestRun + 1)
                                       .arg(out.runs[size_t(out.bestRun)].bestEpoch)
                                 : QStringLiteral("Training was cancelled before the first epoch ended; there is no model."));
    if (!hasValidation) notes << QStringLiteral("No validation set: each run keeps its last epoch's weights, and the first run's model is kept.");
    out.note = notes.join(QLatin1Char(' '));
    return out;
}

} // namespace gtzan
