#include "dataset/DecodedAudioCache.h"
#include "audio/AudioDecoder.h"

namespace gtzan {

namespace {
qint64 sizeOf(const Audio &a) { return qint64(a.samples.size() * sizeof(float)); }
} // namespace

std::shared_ptr<const Audio> DecodedAudioCache::get(const QString &path, int sampleRate) {
    const QString key = QString::number(sampleRate) + QLatin1Char(':') + path;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd()) {
            m_lru.splice(m_lru.begin(), m_lru, it.value());
            ++m_hits;
            return m_lru.front().audio;
        }
        ++m_misses;
    }
    auto audio = std::make_shared<const Audio>(decodeAudio(path, sampleRate)); // outside the lock
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_index.contains(key)) return m_index.value(key)->audio;
    m_lru.push_front({key, audio});
    m_index.insert(key, m_lru.begin());
    m_bytes += sizeOf(*audio);
    while (m_bytes > m_maxBytes && m_lru.size() > 1) {
        m_bytes -= sizeOf(*m_lru.back().audio);
        m_index.remove(m_lru.back().key);
        m_lru.pop_back();
    }
    return audio;
}

qint64 DecodedAudioCache::bytes() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_bytes;
}
int DecodedAudioCache::hits() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hits;
}
int DecodedAudioCache::misses() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_misses;
}

} // namespace gtzan
