#include "training/SegmentScoring.h"
#include <algorithm>

namespace gtzan {

SegmentScores scoreSegments(GenreNet &model, const SegmentSet &set, int batchSize, const std::atomic_bool *cancel) {
    SegmentScores out;
    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    double lossSum = 0;
    int64_t correct = 0;
    const int64_t n = int64_t(set.size());
    for (int64_t start = 0; start < n; start += batchSize) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            break;
        }
        std::vector<int64_t> idx;
        for (int64_t i = start; i < std::min(n, start + batchSize); ++i) idx.push_back(i);
        // Scores are read on the CPU, wherever the network runs.
        const torch::Tensor logits = model->forward(set.batch(idx)).to(torch::kCPU);
        const torch::Tensor labels = set.labels(idx);
        lossSum += torch::nn::functional::cross_entropy(logits, labels, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        correct += logits.argmax(1).eq(labels).sum().item<int64_t>();
        const torch::Tensor p = torch::softmax(logits, 1).contiguous();
        const torch::Tensor z = logits.contiguous();
        const float *pp = p.data_ptr<float>(), *zz = z.data_ptr<float>();
        const int64_t k = p.size(1);
        for (int64_t i = 0; i < p.size(0); ++i) {
            out.probabilities.emplace_back(pp + i * k, pp + (i + 1) * k);
            out.logits.emplace_back(zz + i * k, zz + (i + 1) * k);
        }
    }
    const double scored = double(out.probabilities.size());
    if (scored > 0) {
        out.loss = lossSum / scored;
        out.accuracy = double(correct) / scored;
    }
    model->train(wasTraining);
    return out;
}

Evaluation evaluateModel(GenreNet &model, const SegmentSet &set, const QStringList &genres, int batchSize) {
    const SegmentScores scores = scoreSegments(model, set, batchSize);
    std::vector<ClipRecord> records;
    for (const ClipFeatures &c : set.clips()) records.push_back(c.clip);
    std::vector<int> segmentClip;
    for (const SegmentRef &s : set.segments()) segmentClip.push_back(s.clipIndex);
    return evaluateSegments(genres, records, segmentClip, scores.probabilities);
}

} // namespace gtzan
