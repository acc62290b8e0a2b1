#pragma once
// Internal to engine/audio: where an uncompressed file's sample data starts and how many bytes
// its header announces for it, read from the file's own bytes. libsndfile quietly shortens the
// frame count of a WAV/AIFF/AU whose data chunk runs past the end of the file, so a truncated
// file can only be told from a whole one by comparing these two numbers with the file's size.
#include <QtGlobal>
#include <optional>

class QIODevice;

namespace gtzan::detail {

struct PcmDataChunk {
    qint64 offset = 0;         // first byte of sample data
    qint64 announcedBytes = 0; // what the header says the data chunk holds
};

// The data chunk of a RIFF/RIFX WAV, an AIFF/AIFC or a Sun AU file. Nothing when the format is
// another one, or when the header leaves the size open (0, 0xFFFFFFFF or the "as large as
// possible" values streaming writers such as sox and ffmpeg put there when they cannot seek back).
std::optional<PcmDataChunk> findPcmDataChunk(QIODevice &file);

} // namespace gtzan::detail
