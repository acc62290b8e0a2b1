#include "faults/ClipFingerprints.h"
#include "common/Error.h"
#include "dataset/ContentFingerprint.h"
#include "dataset/FeatureCache.h"
#include <QDir>
#include <QJsonObject>
#include <optional>

namespace gtzan {

namespace {

// What a cached fingerprint was computed with: a change here makes every entry a miss.
QJsonObject fingerprintSpec() {
    return {{QStringLiteral("kind"), QStringLiteral("chromaprint-raw")},
            {QStringLiteral("algorithm"), QStringLiteral("default")},
            {QStringLiteral("sample_rate"), fingerprintSampleRate()}};
}

// The cache stores matrices of floats: a 32-bit item goes in as its two 16-bit halves (exact in a float).
Matrix toMatrix(const AudioFingerprint &f) {
    Matrix m(2, int(f.items.size()));
    for (int i = 0; i < m.cols; ++i) {
        m.at(0, i) = float(f.items[size_t(i)] >> 16);
        m.at(1, i) = float(f.items[size_t(i)] & 0xffffu);
    }
    return m;
}

std::optional<AudioFingerprint> fromMatrix(const Matrix &m) {
    if (m.rows != 2 || m.cols < 1 || m.data.size() != size_t(2 * m.cols)) return std::nullopt;
    AudioFingerprint f;
    f.items.resize(size_t(m.cols));
    for (int i = 0; i < m.cols; ++i) {
        const float hi = m.at(0, i), lo = m.at(1, i);
        if (!(hi >= 0 && hi <= 65535 && lo >= 0 && lo <= 65535) || hi != float(int(hi)) || lo != float(int(lo))) return std::nullopt;
        f.items[size_t(i)] = (quint32(hi) << 16) | quint32(lo);
    }
    return f;
}

} // namespace

ClipFingerprints fingerprintFiles(const QStringList &paths, const FingerprintOptions &options) {
    ClipFingerprints out;
    out.fingerprints.resize(size_t(paths.size()));
    out.errors.reserve(paths.size());
    for (int i = 0; i < paths.size(); ++i) out.errors << QString();
    std::optional<FeatureCache> cache;
    if (!options.cacheDir.isEmpty()) cache.emplace(QDir(options.cacheDir).filePath(QStringLiteral("fingerprints")));
    for (int i = 0; i < paths.size(); ++i) {
        if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("fingerprinting was cancelled"));
        if (options.progress) options.progress(i, int(paths.size()));
        try {
            QJsonObject key;
            if (cache) {
                key = FeatureCache::keyMaterial(contentFingerprint(paths[i]), fingerprintSpec(), QJsonObject());
                if (const std::optional<Matrix> m = cache->load(key))
                    if (std::optional<AudioFingerprint> f = fromMatrix(*m)) {
                        out.fingerprints[size_t(i)] = std::move(*f);
                        ++out.fromCache;
                        continue;
                    }
            }
            AudioFingerprint f = fingerprintFile(paths[i], options.cancel);
            if (f.items.empty()) throw Error(QStringLiteral("%1: too short for a fingerprint").arg(paths[i]));
            if (cache) {
                try {
                    cache->store(key, toMatrix(f));
                } catch (const Error &) {
                    // a cache that cannot be written costs time next run, nothing else
                }
            }
            out.fingerprints[size_t(i)] = std::move(f);
            ++out.computed;
        } catch (const Error &e) {
            if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("fingerprinting was cancelled"));
            out.errors[i] = e.message();
        }
    }
    if (options.progress) options.progress(int(paths.size()), int(paths.size()));
    return out;
}

} // namespace gtzan
