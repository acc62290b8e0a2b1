#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "audio/SndFile.h"
#include "common/Error.h"
#include <algorithm>
#include <cmath>
#include <memory>

namespace gtzan {

namespace {
// About a second of audio per read: small enough to keep memory flat for any file length.
constexpr sf_count_t kChunkFrames = 32768;
} // namespace

namespace {

// The one decoding path for files and bytes: checks, downmix, then one resampler per wanted
// rate fed from the same decoded chunks, delivery in chunks. `sink(i, ...)` gets rate i's audio;
// a rate whose sink returns false (or that reached maxSeconds) stops, the decode stops when all have.
using RateSink = std::function<bool(size_t rateIndex, const float *samples, size_t count)>;
AudioInfo decodeOpened(detail::SndFile &file, const DecodeOptions &options, const std::vector<int> &targetRates, const RateSink &sink) {
    const QString &path = file.name();
    const SF_INFO &info = file.info();
    AudioInfo audioInfo = file.audioInfo();
    const int channels = info.channels;
    // A header count this large is no count (fuzzed Ogg/Opus/MP3 claim 2^63 frames); only the
    // decoder's end of stream says where the audio ends.
    const bool headerCountUsable = info.frames > 0 && info.frames < (sf_count_t(1) << 40);

    if (audioInfo.framesExact && info.frames == 0) throw Error(QStringLiteral("%1: the file holds no audio samples (zero length)").arg(path));

    // Each output: its rate, resampler, buffer and how much it has delivered.
    struct Output {
        int rate = 0;
        qint64 maxOut = -1, delivered = 0;
        bool stopped = false;
        std::unique_ptr<Resampler> resampler;
        std::vector<float> buffer;
    };
    std::vector<Output> outputs(targetRates.size());
    int highestRate = 0;
    for (size_t i = 0; i < targetRates.size(); ++i) {
        Output &o = outputs[i];
        o.rate = targetRates[i] > 0 ? targetRates[i] : info.samplerate;
        if (o.rate < detail::kMinSampleRate || o.rate > detail::kMaxSampleRate)
            throw Error(QStringLiteral("%1: cannot resample to %2 Hz (1 kHz to 768 kHz)").arg(path).arg(o.rate));
        o.maxOut = options.maxSeconds > 0 ? qint64(std::ceil(options.maxSeconds * o.rate)) : -1;
        highestRate = std::max(highestRate, o.rate);
    }
    if (outputs.empty()) throw Error(QStringLiteral("%1: decoding was asked for no sample rate").arg(path));

    if (options.onHeader) options.onHeader(audioInfo);
    // An excerpt starts where it is asked to; the checks below then count from there.
    sf_count_t firstFrame = 0;
    if (options.startSeconds > 0) {
        firstFrame = sf_count_t(std::llround(options.startSeconds * info.samplerate));
        if (!info.seekable || sf_seek(file.handle(), firstFrame, SEEK_SET) < 0)
            throw Error(QStringLiteral("%1: cannot seek to %2 s in this file").arg(path).arg(options.startSeconds, 0, 'f', 2));
    }
    for (Output &o : outputs) o.resampler = std::make_unique<Resampler>(info.samplerate, o.rate);
    // Upsampling multiplies each chunk: read fewer frames so one chunk of output stays near a second.
    const sf_count_t chunkFrames = std::clamp<sf_count_t>(sf_count_t(double(kChunkFrames) * info.samplerate / highestRate), 1024, kChunkFrames);
    std::vector<float> interleaved(size_t(chunkFrames) * size_t(channels));
    std::vector<float> mono(static_cast<size_t>(chunkFrames));
    qint64 framesRead = 0;

    auto deliver = [&](size_t which) {
        Output &o = outputs[which];
        if (o.buffer.empty() || o.stopped) return;
        size_t n = o.buffer.size();
        if (o.maxOut >= 0 && o.delivered + qint64(n) >= o.maxOut) {
            n = size_t(o.maxOut - o.delivered);
            o.stopped = true;
        }
        o.delivered += qint64(n);
        if (n && !sink(which, o.buffer.data(), n)) o.stopped = true;
        o.buffer.clear();
    };
    auto allStopped = [&] { return std::all_of(outputs.begin(), outputs.end(), [](const Output &o) { return o.stopped; }); };

    while (!allStopped()) {
        if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("%1: decoding was cancelled").arg(path));
        const sf_count_t got = sf_readf_float(file.handle(), interleaved.data(), chunkFrames);
        if (got <= 0) break; // MP3's frame count is an estimate: read until the decoder says the end
        const float scale = 1.0f / float(channels);
        for (sf_count_t i = 0; i < got; ++i) {
            const float *frame = interleaved.data() + size_t(i) * size_t(channels);
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c) sum += frame[c];
            if (!std::isfinite(sum))
                throw Error(QStringLiteral("%1: the file holds invalid samples (NaN or infinity) at %2 s")
                                .arg(path)
                                .arg(double(firstFrame + framesRead + i) / info.samplerate, 0, 'f', 3));
            // Float files may hold any finite value; audio lives near [-1, 1]. Values a million
            // times louder are damage, and would overflow to infinity in the resampler's filter.
            if (std::abs(sum) > 1e6f * float(channels))
                throw Error(QStringLiteral("%1: the file holds samples far outside the audio range (%2) at %3 s")
                                .arg(path)
                                .arg(double(sum) / channels, 0, 'g', 3)
                                .arg(double(firstFrame + framesRead + i) / info.samplerate, 0, 'f', 3));
            mono[size_t(i)] = channels == 1 ? sum : sum * scale;
        }
        framesRead += got;
        for (size_t k = 0; k < outputs.size(); ++k) {
            if (outputs[k].stopped) continue;
            outputs[k].resampler->process(mono.data(), size_t(got), outputs[k].buffer);
            deliver(k);
        }
        if (options.progress && headerCountUsable) options.progress(std::min(1.0, double(firstFrame + framesRead) / double(info.frames)));
    }
    if (framesRead == 0) throw Error(QStringLiteral("%1: no audio could be decoded from the file").arg(path));
    // Exact formats (FLAC, ...) announce their length: a decoder that ends early met damage.
    // The byte check in SndFile has already judged WAV/AIFF/AU; MP3/Ogg/Opus counts are estimates.
    if (!allStopped() && audioInfo.framesExact && headerCountUsable &&
        info.frames - (firstFrame + framesRead) > detail::truncationToleranceFrames(info.samplerate))
        throw Error(QStringLiteral("%1: %2").arg(
            path, detail::truncationReason(double(info.frames) / info.samplerate, double(firstFrame + framesRead) / info.samplerate)));
    for (size_t k = 0; k < outputs.size(); ++k) {
        if (outputs[k].stopped) continue;
        outputs[k].resampler->flush(outputs[k].buffer);
        deliver(k);
    }
    audioInfo.frames = framesRead;
    audioInfo.framesExact = true;
    return audioInfo;
}

AudioInfo decodeOpened(detail::SndFile &file, const DecodeOptions &options, const AudioSink &sink) {
    return decodeOpened(file, options, {options.targetRate}, [&](size_t, const float *samples, size_t count) { return sink(samples, count); });
}

} // namespace

AudioInfo decodeAudioStream(const QString &path, const DecodeOptions &options, const AudioSink &sink) {
    detail::SndFile file(path);
    return decodeOpened(file, options, sink);
}

AudioInfo decodeAudioStreamAtRates(const QString &path, const std::vector<int> &targetRates, const DecodeOptions &options,
                                   const MultiRateSink &sink) {
    detail::SndFile file(path);
    return decodeOpened(file, options, targetRates, sink);
}

AudioInfo decodeAudioStreamFromMemory(const QByteArray &bytes, const DecodeOptions &options, const AudioSink &sink, const QString &nameForMessages) {
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

std::vector<Audio> decodeExcerpts(const QString &path, int targetRate, const std::vector<double> &startSeconds, double seconds,
                                  const std::atomic_bool *cancel) {
    detail::SndFile file(path);
    if (!file.info().seekable) throw Error(QStringLiteral("%1: cannot seek in this file").arg(path));
    std::vector<Audio> out;
    for (double start : startSeconds) {
        if (cancel && cancel->load()) throw Cancelled(QStringLiteral("%1: decoding was cancelled").arg(path));
        // decodeOpened seeks for a start above 0; the file's beginning needs a seek of its own
        // once earlier excerpts have moved the position.
        if (start <= 0 && sf_seek(file.handle(), 0, SEEK_SET) < 0) throw Error(QStringLiteral("%1: cannot seek to its start").arg(path));
        DecodeOptions options;
        options.targetRate = targetRate;
        options.startSeconds = std::max(0.0, start);
        options.maxSeconds = seconds;
        options.cancel = cancel;
        Audio audio;
        audio.sampleRate = targetRate;
        try {
            decodeOpened(file, options, [&](const float *s, size_t n) {
                audio.samples.insert(audio.samples.end(), s, s + n);
                return true;
            });
        } catch (const Error &) {
            if (!audio.samples.empty()) throw; // damage inside the excerpt
            // nothing decoded from there (past the end of a file whose length was an estimate)
        }
        out.push_back(std::move(audio));
    }
    return out;
}

Audio decodeAudio(const QString &path, const DecodeOptions &options) {
    return collect(options, [&](const AudioSink &sink) { return decodeAudioStream(path, options, sink); });
}

Audio decodeAudioFromMemory(const QByteArray &bytes, const DecodeOptions &options, const QString &nameForMessages) {
    return collect(options, [&](const AudioSink &sink) { return decodeAudioStreamFromMemory(bytes, options, sink, nameForMessages); });
}

} // namespace gtzan
