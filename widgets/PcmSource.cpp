#include "widgets/PcmSource.h"
#include <algorithm>
#include <cmath>
#include <cstring>

namespace gtzan {
namespace widgets {

PcmSource::PcmSource(QObject *parent) : QIODevice(parent) {}

void PcmSource::setPcm(QByteArray pcm) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pcm = std::move(pcm);
    m_pos = 0;
    m_fadeFrom.clear();
    m_fadeLeft = 0;
}

void PcmSource::switchPcm(QByteArray pcm, qint64 fadeFrames) {
    std::lock_guard<std::mutex> lock(m_mutex);
    // A switch during a fade fades from what was heard last: the new sound replaces the old
    // target, the fade restarts from the sound that was playing before.
    if (m_fadeLeft == 0) m_fadeFrom = std::move(m_pcm);
    m_pcm = std::move(pcm);
    m_pos = std::clamp<qint64>(m_pos, 0, m_pcm.size()) & ~qint64(1);
    m_fadeTotal = m_fadeLeft = std::max<qint64>(0, fadeFrames);
}

qint64 PcmSource::framePosition() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_pos / 2;
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
        if (m_fadeLeft > 0) crossfade(reinterpret_cast<qint16 *>(data + written), chunk / 2);
        written += chunk;
        m_pos += chunk;
    }
    return written;
}

// Mixes the old sound into `frames` frames just copied from the new one at m_pos: a linear
// crossfade, old weight falling from 1 to 0 over the fade (short enough that its dip in
// loudness between two uncorrelated sounds is not heard as a gap).
void PcmSource::crossfade(qint16 *out, qint64 frames) {
    const auto *from = reinterpret_cast<const qint16 *>(m_fadeFrom.constData());
    const qint64 fromFrames = m_fadeFrom.size() / 2;
    const qint64 first = m_pos / 2;
    for (qint64 i = 0; i < frames && m_fadeLeft > 0; ++i, --m_fadeLeft) {
        const double newWeight = 1.0 - double(m_fadeLeft) / double(m_fadeTotal);
        const double old = first + i < fromFrames ? from[first + i] : 0.0;
        out[i] = qint16(std::lround(std::clamp(newWeight * out[i] + (1.0 - newWeight) * old, -32768.0, 32767.0)));
    }
    if (m_fadeLeft == 0) m_fadeFrom.clear();
}

} // namespace widgets
} // namespace gtzan
