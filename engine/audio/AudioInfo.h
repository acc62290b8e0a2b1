#pragma once
#include <QString>

namespace gtzan {

// What a file holds, read from its header without decoding the samples.
struct AudioInfo {
    QString path;
    QString format;    // "WAV", "AU", "FLAC", "MPEG", ...
    QString encoding;  // "PCM 16-bit", "Vorbis", ...
    qint64 frames = 0; // for MP3 an estimate (libsndfile's header guess)
    int sampleRate = 0;
    int channels = 0;
    bool framesExact = true;
    double seconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

// Throws gtzan::Error with a message for a person (missing, empty, not audio, unsupported...).
AudioInfo probeAudio(const QString &path);

} // namespace gtzan
