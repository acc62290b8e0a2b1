#include "faults/AudioFingerprint.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include <algorithm>
#include <chromaprint.h>
#include <cmath>
#include <memory>

namespace gtzan {

namespace {

// One Chromaprint context for one stream of mono audio at fingerprintSampleRate().
class Fingerprinter {
public:
    Fingerprinter() : m_ctx(chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT), chromaprint_free) {
        if (!m_ctx || !chromaprint_start(m_ctx.get(), fingerprintSampleRate(), 1))
            throw Error(QStringLiteral("Chromaprint could not start a fingerprint"));
    }
    void feed(const float *samples, size_t count) {
        m_pcm.resize(count);
        for (size_t i = 0; i < count; ++i) m_pcm[i] = qint16(std::lround(std::clamp(samples[i], -1.0f, 1.0f) * 32767.0f));
        for (size_t done = 0; done < count;) {
            const int n = int(std::min<size_t>(count - done, size_t(1) << 20));
            if (!chromaprint_feed(m_ctx.get(), m_pcm.data() + done, n)) throw Error(QStringLiteral("Chromaprint refused the audio"));
            done += size_t(n);
        }
    }
    AudioFingerprint finish() {
        if (!chromaprint_finish(m_ctx.get())) throw Error(QStringLiteral("Chromaprint could not finish the fingerprint"));
        uint32_t *raw = nullptr;
        int size = 0;
        AudioFingerprint out;
        if (chromaprint_get_raw_fingerprint(m_ctx.get(), &raw, &size) && raw) {
            out.items.assign(raw, raw + std::max(0, size));
            chromaprint_dealloc(raw);
        }
        return out;
    }

private:
    std::unique_ptr<ChromaprintContext, void (*)(ChromaprintContext *)> m_ctx;
    std::vector<qint16> m_pcm;
};

} // namespace

double AudioFingerprint::seconds() const { return double(items.size()) * fingerprintItemSeconds(); }

int fingerprintSampleRate() { return 11025; }

double fingerprintItemSeconds() {
    static const double seconds = [] {
        std::unique_ptr<ChromaprintContext, void (*)(ChromaprintContext *)> ctx(chromaprint_new(CHROMAPRINT_ALGORITHM_DEFAULT), chromaprint_free);
        const int samples = ctx ? chromaprint_get_item_duration(ctx.get()) : 0;
        return samples > 0 ? double(samples) / fingerprintSampleRate() : 1365.0 / 11025.0;
    }();
    return seconds;
}

AudioFingerprint fingerprintFile(const QString &path, const std::atomic_bool *cancel) {
    Fingerprinter f;
    DecodeOptions options;
    options.targetRate = fingerprintSampleRate();
    options.cancel = cancel;
    decodeAudioStream(path, options, [&](const float *samples, size_t count) {
        f.feed(samples, count);
        return true;
    });
    return f.finish();
}

} // namespace gtzan
