#pragma once
#include "audio/Audio.h"
#include <QHash>
#include <QString>
#include <list>
#include <memory>
#include <mutex>

namespace gtzan {

// Decoded clips kept in memory for online augmentation (a fresh waveform draw every epoch
// would otherwise decode and resample every clip again). Least recently used clips leave when
// the byte budget is exceeded. Thread-safe; two threads asking for the same missing clip may
// both decode it (harmless, rare).
class DecodedAudioCache {
public:
    explicit DecodedAudioCache(qint64 maxBytes = qint64(512) << 20) : m_maxBytes(maxBytes) {}

    // The clip as mono audio at `sampleRate`, decoded on a miss. Throws gtzan::Error.
    std::shared_ptr<const Audio> get(const QString &path, int sampleRate);

    qint64 bytes() const;
    int hits() const;
    int misses() const;

private:
    struct Entry {
        QString key;
        std::shared_ptr<const Audio> audio;
    };
    mutable std::mutex m_mutex;
    std::list<Entry> m_lru; // front = most recent
    QHash<QString, std::list<Entry>::iterator> m_index;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    int m_hits = 0, m_misses = 0;
};

} // namespace gtzan
