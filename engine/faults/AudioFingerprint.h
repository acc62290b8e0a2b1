#pragma once
#include <QString>
#include <QtGlobal>
#include <atomic>
#include <vector>

namespace gtzan {

// A clip's audio fingerprint: Chromaprint's raw fingerprint (the library behind AcoustID), one
// 32-bit item per itemSeconds() of audio, each bit a sign of a filtered chroma difference. Two
// recordings of the same audio agree in most bits at the right time offset; unrelated music
// agrees in about half. Gain hardly changes it; lossy coding and a cut start flip some bits.
struct AudioFingerprint {
    std::vector<quint32> items;
    double seconds() const;
};

// Seconds of audio per fingerprint item (Chromaprint's default algorithm: 1365 samples at 11025 Hz).
double fingerprintItemSeconds();
// The rate Chromaprint works at; files are decoded and resampled to it by our decoder.
int fingerprintSampleRate();

// A file, decoded and resampled in chunks by the engine's decoder (any format it reads, any length;
// memory stays that of a chunk plus the items). Throws gtzan::Error naming the file.
AudioFingerprint fingerprintFile(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
