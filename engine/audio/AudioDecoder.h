#pragma once
#include "audio/Audio.h"
#include "audio/AudioInfo.h"
#include <QByteArray>
#include <atomic>
#include <functional>

namespace gtzan {

struct DecodeOptions {
    int targetRate = 0;                     // 0: keep the file's rate
    double maxSeconds = 0;                  // 0: the whole file; else stop after this much (output time)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;   // called between chunks
    std::function<void(const AudioInfo &)> onHeader;  // called once the header is read, before any audio
};

// Receives mono audio at the target rate, chunk by chunk; return false to stop early.
using AudioSink = std::function<bool(const float *samples, size_t count)>;

// Decodes any file libsndfile reads, mixes it down to mono (the mean of the channels) and
// resamples it, all in chunks of about a second, so memory stays small whatever the input.
// Throws gtzan::Error naming the file and the reason: missing, empty, not audio, unsupported
// codec, truncated, no samples, NaN/Inf samples, cancelled.
AudioInfo decodeAudioStream(const QString &path, const DecodeOptions &options, const AudioSink &sink);

// The same from bytes in memory (libsndfile's virtual I/O), through the same checks, downmix and
// resampling: what a fuzzer or a network upload hands over. `nameForMessages` stands for the
// file in error messages.
AudioInfo decodeAudioStreamFromMemory(const QByteArray &bytes, const DecodeOptions &options, const AudioSink &sink,
                                      const QString &nameForMessages = QStringLiteral("(audio in memory)"));

// The whole (or first maxSeconds of the) file as mono audio at the target rate.
Audio decodeAudio(const QString &path, const DecodeOptions &options = {});
Audio decodeAudioFromMemory(const QByteArray &bytes, const DecodeOptions &options = {},
                            const QString &nameForMessages = QStringLiteral("(audio in memory)"));
inline Audio decodeAudio(const QString &path, int targetRate) {
    DecodeOptions o;
    o.targetRate = targetRate;
    return decodeAudio(path, o);
}

} // namespace gtzan
