#include "app/bench/FeatureBenchmark.h"
#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <atomic>
#include <mutex>
#include <thread>

namespace gtzan {

QJsonObject FeatureBenchmarkResult::toJson(const FeatureSpec &spec) const {
    return QJsonObject{{QStringLiteral("tool"), QStringLiteral("gtzan-cli")},
                       {QStringLiteral("preset"), spec.name},
                       {QStringLiteral("clips"), clips},
                       {QStringLiteral("threads"), threads},
                       {QStringLiteral("decode_ms_per_clip"), decodeMsPerClip},
                       {QStringLiteral("resample_ms_per_clip"), resampleMsPerClip},
                       {QStringLiteral("decode_resample_ms_per_clip"), decodeMsPerClip + resampleMsPerClip},
                       {QStringLiteral("mel_db_ms_per_clip"), melMsPerClip},
                       {QStringLiteral("total_ms_per_clip"), totalMsPerClip},
                       {QStringLiteral("wall_ms"), wallMs},
                       {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}};
}

FeatureBenchmarkResult benchmarkFeatures(const QStringList &files, const FeatureSpec &spec, int threads, int repeats) {
    FeatureBenchmarkResult r;
    r.threads = std::max(1, threads);
    std::atomic<qint64> decodeNs{0}, resampleNs{0}, melNs{0};
    std::atomic<int> next{0}, done{0};
    std::mutex failMutex;
    const int jobs = int(files.size()) * std::max(1, repeats);

    // Warm-up: FFTW plans and filterbanks are made once per process, not per clip.
    if (!files.isEmpty()) {
        const std::vector<float> silence(size_t(spec.sampleRate), 0.0f);
        melFeatures(silence.data(), silence.size(), spec);
    }

    auto worker = [&] {
        for (int j = next++; j < jobs; j = next++) {
            const QString &path = files[j % files.size()];
            try {
                QElapsedTimer t;
                t.start();
                const Audio native = decodeAudio(path, 0);
                const qint64 t1 = t.nsecsElapsed();
                const std::vector<float> resampled = resample(native.samples, native.sampleRate, spec.sampleRate);
                const qint64 t2 = t.nsecsElapsed();
                const Matrix mel = melFeatures(resampled.data(), resampled.size(), spec);
                const qint64 t3 = t.nsecsElapsed();
                decodeNs += t1;
                resampleNs += t2 - t1;
                melNs += t3 - t2;
                ++done;
                (void)mel;
            } catch (const Error &e) {
                std::lock_guard<std::mutex> lock(failMutex);
                r.failures << e.message();
            } catch (const std::exception &e) { // escaping a std::thread would end the program
                std::lock_guard<std::mutex> lock(failMutex);
                r.failures << QString::fromLocal8Bit(e.what());
            }
        }
    };
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> pool;
    for (int i = 1; i < r.threads; ++i) pool.emplace_back(worker);
    worker();
    for (auto &t : pool) t.join();
    r.wallMs = wall.nsecsElapsed() / 1e6 / std::max(1, repeats);
    r.clips = done / std::max(1, repeats);
    const double n = std::max(1, done.load());
    r.decodeMsPerClip = decodeNs / 1e6 / n;
    r.resampleMsPerClip = resampleNs / 1e6 / n;
    r.melMsPerClip = melNs / 1e6 / n;
    r.totalMsPerClip = r.decodeMsPerClip + r.resampleMsPerClip + r.melMsPerClip;
    return r;
}

} // namespace gtzan
