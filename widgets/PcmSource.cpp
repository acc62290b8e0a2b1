#include "widgets/PcmSource.h"
#include <algorithm>
#include <cstring>

namespace gtzan {
namespace widgets {

PcmSource::PcmSource(QObject *parent) : QIODevice(parent) {}

void PcmSource::setPcm(QByteArray pcm) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pcm = std::move(pcm);
    m_pos = 0;
}

void PcmSource::setLoop(bool loop) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_loop = loop;
}

void PcmSource::setFramePosition(qint64 frame) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pos = std::clamp<qint64>(frame * 2, 0, m_pcm.size());
}

qint64 PcmSource::bytesAvailable() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 left = m_loop && !m_pcm.isEmpty() ? std::numeric_limits<int>::max() : m_pcm.size() - m_pos;
    return left + QIODevice::bytesAvailable();
}

bool PcmSource::atEnd() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_loop && m_pos >= m_pcm.size();
}

qint64 PcmSource::readData(char *data, qint64 maxSize) {
    std::lock_guard<std::mutex> lock(m_mutex);
    maxSize &= ~qint64(1); // whole samples only
    qint64 written = 0;
    while (written < maxSize && !m_pcm.isEmpty()) {
        if (m_pos >= m_pcm.size()) {
            if (!m_loop) break;
            m_pos = 0; // loop: wrap to the start
        }
        const qint64 chunk = std::min(maxSize - written, m_pcm.size() - m_pos);
        std::memcpy(data + written, m_pcm.constData() + m_pos, size_t(chunk));
        written += chunk;
        m_pos += chunk;
    }
    return written;
}

} // namespace widgets
} // namespace gtzan
