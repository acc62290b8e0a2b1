#include "dataset/FeatureLoader.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "dataset/ContentFingerprint.h"
#include "dataset/FeatureCache.h"
#include "dsp/MelSpectrogram.h"
#include <QElapsedTimer>
#include <QThread>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace gtzan {

namespace {

// Counters shared by the workers of one load.
struct LoadTally {
    std::atomic<int> computed{0}, hits{0}, rejected{0};
    std::mutex problemMutex;
    QStringList problems;
    void problem(const QString &p) {
        std::lock_guard<std::mutex> lock(problemMutex);
        problems << p;
    }
};

// The features of one clip for several draws, decoding the clip at most once (lazily, only
// when some draw misses the cache).
class ClipJob {
public:
    ClipJob(const ClipRecord &clip, const FeatureSpec &spec, const FeatureLoadOptions &o, LoadTally &tally)
        : m_clip(clip), m_spec(spec), m_options(o), m_tally(tally) {}

    Matrix features(const AugmentationDraw &draw) {
        const bool useDisk = !m_options.cacheDir.isEmpty() && (!draw.hasWaveform() || m_options.cacheAugmented);
        std::optional<FeatureCache> cache;
        QJsonObject key;
        Matrix m;
        bool have = false;
        if (useDisk) {
            cache.emplace(m_options.cacheDir);
            if (m_fingerprint.isEmpty()) m_fingerprint = contentFingerprint(m_clip.path);
            if (m_specJson.isEmpty()) m_specJson = m_spec.toJson();
            key = FeatureCache::keyMaterial(m_fingerprint, m_specJson, draw.waveformJson());
            QString why;
            if (auto hit = cache->load(key, &why)) {
                m = std::move(*hit);
                have = true;
                ++m_tally.hits;
            } else if (why != QLatin1String("absent")) {
                ++m_tally.rejected;
            }
        }
        if (!have) {
            const Audio &audio = this->audio();
            m = draw.hasWaveform() ? melFeatures(applyWaveformDraw(draw, audio), m_spec) : melFeatures(audio, m_spec);
            ++m_tally.computed;
            if (cache) {
                try {
                    cache->store(key, m);
                } catch (const std::exception &e) { // the features are right without the cache
                    m_tally.problem(QString::fromLocal8Bit(e.what()));
                }
            }
        }
        if (draw.hasMasks()) applyMaskDraw(draw, m);
        return m;
    }

private:
    const Audio &audio() {
        if (!m_audio) {
            if (m_options.audioCache) m_audio = m_options.audioCache->get(m_clip.path, m_spec.sampleRate);
            else m_audio = std::make_shared<const Audio>(decodeAudio(m_clip.path, m_spec.sampleRate));
        }
        return *m_audio;
    }

    const ClipRecord &m_clip;
    const FeatureSpec &m_spec;
    const FeatureLoadOptions &m_options;
    LoadTally &m_tally;
    QByteArray m_fingerprint;
    QJsonObject m_specJson;
    std::shared_ptr<const Audio> m_audio;
};

void fillReport(FeatureLoadReport *r, LoadTally &t, double wallMs) {
    if (!r) return;
    r->computed = t.computed;
    r->cacheHits = t.hits;
    r->cacheRejected = t.rejected;
    r->problems = t.problems;
    r->problems.sort(); // workers finish in any order; the report should not
    r->wallMs = wallMs;
}

} // namespace

Matrix clipFeatures(const ClipRecord &clip, const FeatureSpec &spec, const AugmentationDraw &draw, const FeatureLoadOptions &options) {
    LoadTally tally;
    ClipJob job(clip, spec, options, tally);
    Matrix m = job.features(draw);
    fillReport(options.report, tally, 0);
    return m;
}

std::vector<ClipFeatures> loadClipFeatures(const std::vector<ClipRecord> &clips, const FeatureSpec &spec, const FeatureLoadOptions &options) {
    spec.validate();
    QElapsedTimer wall;
    wall.start();
    LoadTally tally;
    const int copies = options.augmentation.empty() ? 0 : std::max(0, options.augmentedCopies);
    const int total = int(clips.size());
    std::vector<std::vector<ClipFeatures>> perClip(clips.size());
    std::atomic<int> next{0}, done{0};
    std::mutex progressMutex;

    const auto worker = [&] {
        for (int i = next++; i < total; i = next++) {
            if (options.cancel && options.cancel->load()) return;
            const ClipRecord &clip = clips[size_t(i)];
            try {
                ClipJob job(clip, spec, options, tally);
                std::vector<ClipFeatures> out;
                if (options.includeOriginals) out.push_back({clip, job.features(AugmentationDraw{}), 0, {}, spec});
                for (int k = 1; k <= copies; ++k)
                    out.push_back({clip, job.features(options.augmentation.draw(clip.id, options.drawOffset + std::uint64_t(k))), k, {}, spec});
                perClip[size_t(i)] = std::move(out);
            } catch (const Cancelled &) {
                return; // not the clip's fault: the flag is checked once every worker is back
            } catch (const Error &e) {
                tally.problem(QStringLiteral("%1 left out: %2").arg(clip.id, e.message()));
            } catch (const std::exception &e) {
                tally.problem(QStringLiteral("%1 left out: %2").arg(clip.id, QString::fromLocal8Bit(e.what())));
            }
            const int d = ++done;
            if (options.progress) {
                std::lock_guard<std::mutex> lock(progressMutex);
                options.progress(d, total);
            }
        }
    };
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, std::max(1, total));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto &t : pool) t.join();
    fillReport(options.report, tally, wall.nsecsElapsed() / 1e6);
    if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("Computing the features was cancelled"));

    std::vector<ClipFeatures> result;
    result.reserve(clips.size() * size_t(copies + 1));
    for (auto &v : perClip)
        for (auto &f : v) result.push_back(std::move(f));
    return result;
}

} // namespace gtzan
