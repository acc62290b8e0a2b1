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

namespace {

// The one decoding path for files and bytes: checks, downmix, resample, delivery in chunks.
AudioInfo decodeOpened(detail::SndFile &file, const DecodeOptions &options, const AudioSink &sink) {
    const QString &path = file.name();
    const SF_INFO &info = file.info();
    AudioInfo audioInfo = file.audioInfo();
    const int channels = info.channels;
    const int outRate = options.targetRate > 0 ? options.targetRate : info.samplerate;
    const qint64 maxOut = options.maxSeconds > 0 ? qint64(std::ceil(options.maxSeconds * outRate)) : -1;
    // A header count this large is no count (fuzzed Ogg/Opus/MP3 claim 2^63 frames); only the
    // decoder's end of stream says where the audio ends.
    const bool headerCountUsable = info.frames > 0 && info.frames < (sf_count_t(1) << 40);

    if (audioInfo.framesExact && info.frames == 0)
        throw Error(QStringLiteral("%1: the file holds no audio samples (zero length)").arg(path));

    if (outRate < detail::kMinSampleRate || outRate > detail::kMaxSampleRate)
        throw Error(QStringLiteral("%1: cannot resample to %2 Hz (1 kHz to 768 kHz)").arg(path).arg(outRate));

    if (options.onHeader) options.onHeader(audioInfo);
    Resampler resampler(info.samplerate, outRate);
    // Upsampling multiplies each chunk: read fewer frames so one chunk of output stays near a second.
    const sf_count_t chunkFrames =
        std::clamp<sf_count_t>(sf_count_t(double(kChunkFrames) * info.samplerate / outRate), 1024, kChunkFrames);
    std::vector<float> interleaved(size_t(chunkFrames) * size_t(channels));
    std::vector<float> mono(static_cast<size_t>(chunkFrames));
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
        const sf_count_t got = sf_readf_float(file.handle(), interleaved.data(), chunkFrames);
        if (got <= 0) break;   // MP3's frame count is an estimate: read until the decoder says the end
        const float scale = 1.0f / float(channels);
        for (sf_count_t i = 0; i < got; ++i) {
            const float *frame = interleaved.data() + size_t(i) * size_t(channels);
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c) sum += frame[c];
            if (!std::isfinite(sum))
                throw Error(QStringLiteral("%1: the file holds invalid samples (NaN or infinity) at %2 s")
                                .arg(path).arg(double(framesRead + i) / info.samplerate, 0, 'f', 3));
            // Float files may hold any finite value; audio lives near [-1, 1]. Values a million
            // times louder are damage, and would overflow to infinity in the resampler's filter.
            if (std::abs(sum) > 1e6f * float(channels))
                throw Error(QStringLiteral("%1: the file holds samples far outside the audio range (%2) at %3 s")
                                .arg(path).arg(double(sum) / channels, 0, 'g', 3).arg(double(framesRead + i) / info.samplerate, 0, 'f', 3));
            mono[size_t(i)] = channels == 1 ? sum : sum * scale;
        }
        framesRead += got;
        resampler.process(mono.data(), size_t(got), out);
        deliver(out);
        if (options.progress && headerCountUsable)
            options.progress(std::min(1.0, double(framesRead) / double(info.frames)));
    }
    if (framesRead == 0)
        throw Error(QStringLiteral("%1: no audio could be decoded from the file").arg(path));
    // Exact formats (FLAC, ...) announce their length: a decoder that ends early met damage.
    // The byte check in SndFile has already judged WAV/AIFF/AU; MP3/Ogg/Opus counts are estimates.
    if (!stopped && audioInfo.framesExact && headerCountUsable &&
        info.frames - framesRead > detail::truncationToleranceFrames(info.samplerate))
        throw Error(QStringLiteral("%1: %2").arg(path, detail::truncationReason(double(info.frames) / info.samplerate,
                                                                                 double(framesRead) / info.samplerate)));
    if (!stopped) {
        resampler.flush(out);
        deliver(out);
    }
    audioInfo.frames = framesRead;
    audioInfo.framesExact = true;
    return audioInfo;
}

} // namespace

AudioInfo decodeAudioStream(const QString &path, const DecodeOptions &options, const AudioSink &sink) {
    detail::SndFile file(path);
    return decodeOpened(file, options, sink);
}

AudioInfo decodeAudioStreamFromMemory(const QByteArray &bytes, const DecodeOptions &options, const AudioSink &sink,
                                      const QString &nameForMessages) {
    detail::SndFile file(bytes, nameForMessages);
    return decodeOpened(file, options, sink);
}

namespace {
// Collects the stream into one buffer. It grows as the audio arrives, never from the header's
// frame count: a damaged header may announce 2^63 frames.
template <typename Decode> Audio collect(const DecodeOptions &options, Decode decode) {
    Audio audio;
    audio.sampleRate = options.targetRate;
    const AudioInfo info = decode([&](const float *s, size_t n) {
        audio.samples.insert(audio.samples.end(), s, s + n);
        return true;
    });
    if (audio.sampleRate <= 0) audio.sampleRate = info.sampleRate;
    return audio;
}
} // namespace

Audio decodeAudio(const QString &path, const DecodeOptions &options) {
    return collect(options, [&](const AudioSink &sink) { return decodeAudioStream(path, options, sink); });
}

Audio decodeAudioFromMemory(const QByteArray &bytes, const DecodeOptions &options, const QString &nameForMessages) {
    return collect(options, [&](const AudioSink &sink) { return decodeAudioStreamFromMemory(bytes, options, sink, nameForMessages); });
}

} // namespace gtzan
