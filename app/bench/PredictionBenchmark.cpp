#include "app/bench/PredictionBenchmark.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <atomic>

namespace gtzan {

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]));
}
} // namespace

QJsonObject benchmarkPrediction(const Predictor &predictor, const QString &file, int repeats) {
    PredictionTiming t;
    const FilePrediction first = predictor.predictFile(file, &t); // warm-up: allocator, OpenBLAS threads, page cache
    std::vector<double> total, decode, features, network;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        predictor.predictFile(file, &t);
        total.push_back(t.totalMs());
        decode.push_back(t.decodeMs);
        features.push_back(t.featuresMs);
        network.push_back(t.networkMs);
    }
    // A long file's first answer, what the Predict tab shows first: timed to the first partial
    // answer, then the pass is cancelled. Files answered whole have none.
    std::vector<double> firstAnswer;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        std::atomic_bool stop{false};
        QElapsedTimer clock;
        clock.start();
        double at = -1;
        try {
            predictor.predictFile(file, nullptr, &stop, [&](const FilePrediction &, double) {
                if (at < 0) at = double(clock.nsecsElapsed()) / 1e6;
                stop = true;
            });
        } catch (const Error &) {
            // the cancellation asked for above
        }
        if (at >= 0) firstAnswer.push_back(at);
    }
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), QFileInfo(file).suffix().toLower()},
                  {QStringLiteral("seconds"), first.seconds},
                  {QStringLiteral("segments"), int(first.segments.size())},
                  {QStringLiteral("genre"), first.genreName},
                  {QStringLiteral("repeats"), int(total.size())},
                  {QStringLiteral("medianMs"), median(total)},
                  {QStringLiteral("minMs"), *std::min_element(total.begin(), total.end())},
                  {QStringLiteral("decodeMs"), median(decode)},
                  {QStringLiteral("featuresMs"), median(features)},
                  {QStringLiteral("networkMs"), median(network)}};
    if (!firstAnswer.empty()) o.insert(QStringLiteral("firstAnswerMs"), median(firstAnswer));
    return o;
}

void writeConcatenatedAudio(const QStringList &clips, double seconds, const QString &out) {
    if (clips.isEmpty()) throw Error(QStringLiteral("%1: no clips to join").arg(out));
    Audio joined;
    joined.sampleRate = decodeAudio(clips.first(), 0).sampleRate;
    const size_t wanted = size_t(seconds * joined.sampleRate);
    joined.samples.reserve(wanted);
    for (int i = 0; joined.samples.size() < wanted; i = (i + 1) % clips.size()) {
        const Audio a = decodeAudio(clips[i], joined.sampleRate);
        joined.samples.insert(joined.samples.end(), a.samples.begin(),
                              a.samples.begin() + std::ptrdiff_t(std::min(a.samples.size(), wanted - joined.samples.size())));
    }
    writeAudio(out, joined);
}

} // namespace gtzan
