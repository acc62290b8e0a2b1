#include "audio/LiveRecording.h"
#include "audio/Audio.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"

namespace gtzan {

LiveRecording::LiveRecording(int inputRate, double maxSeconds) : m_resampler(inputRate, kRate), m_max(size_t(maxSeconds * kRate)) {
    if (!(maxSeconds > 0 && maxSeconds <= 24 * 3600)) throw Error(QStringLiteral("A recording of %1 s cannot be kept").arg(maxSeconds));
}

void LiveRecording::append(const float *mono, size_t count) {
    if (m_full) return;
    m_scratch.clear();
    m_resampler.process(mono, count, m_scratch);
    const size_t room = m_max - m_samples.size();
    m_samples.insert(m_samples.end(), m_scratch.begin(), m_scratch.begin() + long(std::min(room, m_scratch.size())));
    m_full = m_samples.size() >= m_max;
}

void LiveRecording::save(const QString &path) const {
    if (m_samples.empty()) throw Error(QStringLiteral("%1: nothing has been recorded yet").arg(path));
    Audio audio;
    audio.sampleRate = kRate;
    audio.samples = m_samples;
    writeAudio(path, audio);
}

} // namespace gtzan
