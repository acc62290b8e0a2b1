#pragma once
// Internal to engine/audio: a libsndfile handle that closes itself and turns libsndfile's
// terse errors into sentences that name the file.
#include "audio/AudioInfo.h"
#include <sndfile.h>

namespace gtzan::detail {

class SndFile {
public:
    explicit SndFile(const QString &path);   // throws gtzan::Error
    ~SndFile();
    SndFile(const SndFile &) = delete;
    SndFile &operator=(const SndFile &) = delete;

    SNDFILE *handle() const { return m_file; }
    const SF_INFO &info() const { return m_info; }
    const AudioInfo &audioInfo() const { return m_audioInfo; }
    bool headerClaimsMoreThanFile() const;   // a truncated file: the header promises more data

private:
    SNDFILE *m_file = nullptr;
    SF_INFO m_info{};
    AudioInfo m_audioInfo;
};

} // namespace gtzan::detail
