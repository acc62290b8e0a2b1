#pragma once
// Internal to engine/audio: a libsndfile handle that closes itself, turns libsndfile's terse
// errors into sentences that name the file, and refuses headers that cannot be trusted
// (implausible rate or channel count, a data chunk longer than the bytes that hold it).
#include "audio/AudioInfo.h"
#include <QByteArray>
#include <algorithm>
#include <sndfile.h>

class QIODevice;

namespace gtzan::detail {

// Below 1 kHz or above 768 kHz no real recording exists; such a header is damaged, and taking it
// at its word would size resampling buffers in gigabytes (1 Hz -> 22.05 kHz is 22050 x).
constexpr int kMinSampleRate = 1000;
constexpr int kMaxSampleRate = 768000;
constexpr int kMaxChannels = 64;

// A file may lack up to 10 ms of what its header announces (a lost pad byte, a partial last
// block) and still count as whole.
inline qint64 truncationToleranceFrames(int sampleRate) { return std::max(1, sampleRate / 100); }
// "the file is truncated: its header announces 30.01 s of audio, it holds 12.00 s"
QString truncationReason(double announcedSeconds, double heldSeconds);

// The state of libsndfile's virtual I/O over bytes in memory.
struct SndFileMemory {
    const QByteArray *bytes = nullptr;
    sf_count_t pos = 0;
};

class SndFile {
public:
    explicit SndFile(const QString &path); // throws gtzan::Error
    // Reads `bytes` through libsndfile's virtual I/O; they must outlive this object. `name`
    // stands for the file in messages.
    SndFile(const QByteArray &bytes, const QString &name); // throws gtzan::Error
    ~SndFile();
    SndFile(const SndFile &) = delete;
    SndFile &operator=(const SndFile &) = delete;

    SNDFILE *handle() const { return m_file; }
    const SF_INFO &info() const { return m_info; }
    const AudioInfo &audioInfo() const { return m_audioInfo; }
    const QString &name() const { return m_audioInfo.path; }

private:
    void throwOpenError(QIODevice &bytes) const;
    void checkHeader(QIODevice &bytes);

    SndFileMemory m_memory; // the virtual I/O's state; libsndfile keeps a pointer to it
    SNDFILE *m_file = nullptr;
    SF_INFO m_info{};
    AudioInfo m_audioInfo;
};

} // namespace gtzan::detail
