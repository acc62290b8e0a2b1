#include "app/bench/TrainingBenchmark.h"
#include "models/GenreNet.h"
#include "training/Trainer.h"
#include <QElapsedTimer>
#include <random>

namespace gtzan {

QJsonObject benchmarkTrainingSteps(const QString &model, int batch, int steps, int genres) {
    torch::manual_seed(0);
    ModelConfig c;
    c.name = model;
    c.numClasses = genres;
    GenreNet net = createModel(c);
    const ModelInput x{torch::randn({batch, c.nMels, c.frames}), {}};
    const torch::Tensor y = torch::randint(0, genres, {batch}, torch::kInt64);
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-4));
    net->train();
    auto step = [&] {
        opt.zero_grad();
        torch::nn::functional::cross_entropy(net->forward(x), y).backward();
        opt.step();
    };
    for (int i = 0; i < 3; ++i) step();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < steps; ++i) step();
    const double train = t.nsecsElapsed() * 1e-9;
    net->eval();
    double infer = 0;
    {
        torch::NoGradGuard g;
        t.restart();
        for (int i = 0; i < steps; ++i) net->forward(x);
        infer = t.nsecsElapsed() * 1e-9;
    }
    return {{QStringLiteral("peer"), QStringLiteral("gtzan-explorer-libtorch")},
            {QStringLiteral("torch"), QStringLiteral(TORCH_VERSION)},
            {QStringLiteral("model"), model},
            {QStringLiteral("threads"), torch::get_num_threads()},
            {QStringLiteral("params"), double(parameterCount(*net))},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("train_samples_per_s"), batch * steps / train},
            {QStringLiteral("infer_samples_per_s"), batch * steps / infer}};
}

QJsonObject benchmarkTrainingEpoch(const QString &model, int clips, bool augmented, int batch) {
    // Feature-like values (dB, -80..0) for 30 s clips at 16 kHz / hop 512: 938 frames, 7 segments.
    const int bands = 96, frames = 938, genres = 10;
    TrainingData d;
    for (int k = 0; k < genres; ++k) d.genres << QStringLiteral("genre%1").arg(k);
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> level(-80.0f, 0.0f);
    for (int i = 0; i < clips * (augmented ? 2 : 1); ++i) {
        ClipFeatures c;
        c.clip.id = QStringLiteral("clip%1").arg(i);
        c.clip.label = (i % clips) % genres;
        c.augmentation = i >= clips ? 1 : 0;
        c.features = Matrix(bands, frames);
        for (float &v : c.features.data) v = level(rng);
        d.train.push_back(std::move(c));
    }
    d.spec.setSegmentFrames(125);
    TrainingOptions o;
    o.epochs = 1;
    o.seeds = 1;
    o.batchSize = batch;
    ModelConfig c;
    c.name = model;
    QElapsedTimer t;
    t.start();
    const TrainingOutcome out = trainModels(d, c, o);
    const double total = t.nsecsElapsed() * 1e-9;
    const EpochReport &e = out.runs.front().history.front();
    const double segments = double(segmentClips(d.train, 125).size());
    return {{QStringLiteral("model"), model},
            {QStringLiteral("threads"), torch::get_num_threads()},
            {QStringLiteral("clips"), int(d.train.size())},
            {QStringLiteral("augmented"), augmented},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("epoch_seconds"), e.epochSeconds},
            {QStringLiteral("network_seconds"), e.networkSeconds},
            {QStringLiteral("outside_network_share"), 1.0 - e.networkSeconds / e.epochSeconds},
            {QStringLiteral("train_samples_per_s"), segments / e.epochSeconds},
            {QStringLiteral("setup_seconds"), total - e.epochSeconds}};
}

} // namespace gtzan
