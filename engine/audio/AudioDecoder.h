#pragma once
#include "audio/Audio.h"
#include "audio/AudioInfo.h"
#include <QByteArray>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

struct DecodeOptions {
    int targetRate = 0;      // 0: keep the file's rate
    double maxSeconds = 0;   // 0: the whole file; else stop after this much (output time)
    double startSeconds = 0; // > 0: seek there first (an excerpt; the file must be seekable)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;   // called between chunks
    std::function<void(const AudioInfo &)> onHeader; // called once the header is read, before any audio
};

// Receives mono audio at the target rate, chunk by chunk; return false to stop early.
using AudioSink = std::function<bool(const float *samples, size_t count)>;

// Decodes any file libsndfile reads, mixes it down to mono (the mean of the channels) and
// resamples it, all in chunks of about a second, so memory stays small whatever the input.
// Throws gtzan::Error naming the file and the reason: missing, empty, not audio, unsupported
// codec, truncated, no samples, NaN/Inf samples, cancelled.
AudioInfo decodeAudioStream(const QString &path, const DecodeOptions &options, const AudioSink &sink);

// The same, decoded once and resampled to several rates side by side (targetRates; 0 keeps the
// file's rate): sink(i, ...) gets rate i's audio, in the order decoded. A file that a model reads
// at 16 kHz and at 22.05 kHz, and a window shows, is read and checked once. options.targetRate
// is ignored; a sink returning false stops its rate, the decode ends when every rate has stopped.
using MultiRateSink = std::function<bool(size_t rateIndex, const float *samples, size_t count)>;
AudioInfo decodeAudioStreamAtRates(const QString &path, const std::vector<int> &targetRates, const DecodeOptions &options, const MultiRateSink &sink);
// The same from bytes in memory (libsndfile's virtual I/O), through the same checks, downmix and
// resampling: what a fuzzer or a network upload hands over. `nameForMessages` stands for the
// file in error messages.
AudioInfo decodeAudioStreamFromMemory(const QByteArray &bytes, const DecodeOptions &options, const AudioSink &sink,
                                      const QString &nameForMessages = QStringLiteral("(audio in memory)"));

// The whole (or first maxSeconds of the) file as mono audio at the target rate.
Audio decodeAudio(const QString &path, const DecodeOptions &options = {});
Audio decodeAudioFromMemory(const QByteArray &bytes, const DecodeOptions &options = {},
                            const QString &nameForMessages = QStringLiteral("(audio in memory)"));
// Excerpts of one file, `seconds` long from each of `startSeconds`, mono at targetRate: the file is
// opened once and seeks from one to the next (an MP3's seek index is built once, not per excerpt).
// An excerpt past the end is empty or short. Throws gtzan::Error (not seekable, damaged, cancelled).
std::vector<Audio> decodeExcerpts(const QString &path, int targetRate, const std::vector<double> &startSeconds, double seconds,
                                  const std::atomic_bool *cancel = nullptr);
inline Audio decodeAudio(const QString &path, int targetRate) {
    DecodeOptions o;
    o.targetRate = targetRate;
    return decodeAudio(path, o);
}

} // namespace gtzan
