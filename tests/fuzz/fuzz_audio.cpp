// libFuzzer harness: audio decoding from memory (libsndfile's virtual I/O: WAV, AU, FLAC, Ogg, MP3,
// ...), audio/AudioDecoder.h decodeAudioFromMemory. Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include <QByteArray>
#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    gtzan::DecodeOptions options;
    options.targetRate = 16000; // the resampler too, as for the gct634 features
    options.maxSeconds = 60;    // a fuzzed header may announce hours; the program caps the same way for previews
    try {
        const gtzan::Audio a = gtzan::decodeAudioFromMemory(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)), options);
        for (float s : a.samples)
            if (!std::isfinite(s)) __builtin_trap(); // the decoder promises to reject NaN / Inf
    } catch (const gtzan::Error &) {}
    return 0;
}
