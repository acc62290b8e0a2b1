#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "audio/SndFile.h"
#include "common/Error.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {
// About a second of audio per read: small enough to keep memory flat for any file length.
constexpr sf_count_t kChunkFrames = 32768;
}

AudioInfo decodeAudioStream(const QString &path, const DecodeOptions &options, const AudioSink &sink) {
    detail::SndFile file(path);
    const SF_INFO &info = file.info();
    AudioInfo audioInfo = file.audioInfo();
    const int channels = info.channels;
    const int outRate = options.targetRate > 0 ? options.targetRate : info.samplerate;
    const qint64 maxOut = options.maxSeconds > 0 ? qint64(std::ceil(options.maxSeconds * outRate)) : -1;

    if (audioInfo.framesExact && info.frames == 0)
        throw Error(QStringLiteral("%1: the file holds no audio samples (zero length)").arg(path));
    if (audioInfo.framesExact && file.headerClaimsMoreThanFile())
        throw Error(QStringLiteral("%1: the file is truncated (its header promises more audio than the file holds)").arg(path));

    if (options.onHeader) options.onHeader(audioInfo);
    Resampler resampler(info.samplerate, outRate);
    std::vector<float> interleaved(size_t(kChunkFrames) * size_t(channels));
    std::vector<float> mono(kChunkFrames);
    std::vector<float> out;
    qint64 framesRead = 0, delivered = 0;
    bool stopped = false;

    auto deliver = [&](std::vector<float> &buffer) {
        if (buffer.empty() || stopped) return;
        size_t n = buffer.size();
        if (maxOut >= 0 && delivered + qint64(n) >= maxOut) {
            n = size_t(maxOut - delivered);
            stopped = true;
        }
        delivered += qint64(n);
        if (n && !sink(buffer.data(), n)) stopped = true;
        buffer.clear();
    };

    while (!stopped) {
        if (options.cancel && options.cancel->load())
            throw Error(QStringLiteral("%1: decoding was cancelled").arg(path));
        const sf_count_t got = sf_readf_float(file.handle(), interleaved.data(), kChunkFrames);
        if (got <= 0) break;   // MP3's frame count is an estimate: read until the decoder says the end
        const float scale = 1.0f / float(channels);
        for (sf_count_t i = 0; i < got; ++i) {
            const float *frame = interleaved.data() + size_t(i) * size_t(channels);
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c) sum += frame[c];
            if (!std::isfinite(sum))
                throw Error(QStringLiteral("%1: the file holds invalid samples (NaN or infinity) at %2 s")
                                .arg(path).arg(double(framesRead + i) / info.samplerate, 0, 'f', 3));
            mono[size_t(i)] = channels == 1 ? sum : sum * scale;
        }
        framesRead += got;
        resampler.process(mono.data(), size_t(got), out);
        deliver(out);
        if (options.progress && info.frames > 0)
            options.progress(std::min(1.0, double(framesRead) / double(info.frames)));
    }
    if (!stopped) {
        resampler.flush(out);
        deliver(out);
    }
    if (framesRead == 0)
        throw Error(QStringLiteral("%1: no audio could be decoded from the file").arg(path));
    audioInfo.frames = framesRead;
    audioInfo.framesExact = true;
    return audioInfo;
}

Audio decodeAudio(const QString &path, const DecodeOptions &options) {
    Audio audio;
    // Reserve from the header's length so a 30 s clip decodes without reallocations.
    audio.sampleRate = options.targetRate;
    DecodeOptions o = options;
    o.onHeader = [&](const AudioInfo &header) {
        const int rate = options.targetRate > 0 ? options.targetRate : header.sampleRate;
        double expected = double(header.frames) * rate / header.sampleRate;
        if (options.maxSeconds > 0) expected = std::min(expected, options.maxSeconds * rate);
        audio.samples.reserve(size_t(expected) + 64);
        if (options.onHeader) options.onHeader(header);
    };
    const AudioInfo info = decodeAudioStream(path, o, [&](const float *s, size_t n) {
        audio.samples.insert(audio.samples.end(), s, s + n);
        return true;
    });
    if (audio.sampleRate <= 0) audio.sampleRate = info.sampleRate;
    return audio;
}

} // namespace gtzan
