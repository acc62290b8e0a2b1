#include "app/bench/EmbeddingBenchmark.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include <QElapsedTimer>
#include <algorithm>

namespace gtzan {

namespace {
double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double minimum(const std::vector<double> &v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }
double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }
} // namespace

QJsonObject benchmarkEmbedding(const MusicnnEmbedder &model, const QStringList &files, int repeats) {
    if (files.isEmpty()) throw Error(QStringLiteral("No audio files to benchmark"));
    const int rate = MusicnnEmbedder::featureSpec().sampleRate;
    model.patchOutputs(decodeAudio(files.first(), rate)); // warm-up
    std::vector<double> decode, logMel, network, total;
    int patches = 0;
    for (int r = 0; r < repeats; ++r) {
        for (const QString &file : files) {
            QElapsedTimer t;
            t.start();
            const Audio audio = decodeAudio(file, rate);
            const double tDecode = ms(t);
            const Matrix mel = model.logMel(audio);
            const double tMel = ms(t);
            const MusicnnPatchOutputs out = model.patchOutputsOfLogMel(mel);
            const double tAll = ms(t);
            decode.push_back(tDecode);
            logMel.push_back(tMel - tDecode);
            network.push_back(tAll - tMel);
            total.push_back(tAll);
            patches = out.patches();
        }
    }
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("musicnn_embedding")},
        {QStringLiteral("model"), model.modelName()},
        {QStringLiteral("clips"), int(files.size())},
        {QStringLiteral("repeats"), repeats},
        {QStringLiteral("patches_per_clip"), patches},
        {QStringLiteral("decode_ms_median"), median(decode)},
        {QStringLiteral("logmel_ms_median"), median(logMel)},
        {QStringLiteral("network_ms_median"), median(network)},
        {QStringLiteral("network_ms_min"), minimum(network)},
        {QStringLiteral("total_ms_median"), median(total)},
        {QStringLiteral("total_ms_min"), minimum(total)},
    };
}

} // namespace gtzan
