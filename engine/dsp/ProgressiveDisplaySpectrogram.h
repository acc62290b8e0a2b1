#pragma once
#include "dsp/DisplaySpectrogram.h"
#include <vector>

namespace gtzan {

// A preview of a long file's spectrogram while it decodes, so a window can draw it as it grows
// (as Sonic Visualiser and Audacity fill theirs in): columns are computed piece by piece from the
// audio decoded so far and pooled (the loudest frame of each column) to at most `maxColumns` over
// the file's expected length. A display needs no more columns than it has pixels, and redrawing
// a few thousand columns per piece keeps the GUI thread quick even for a two-hour file. Piece
// edges are reflect-padded and each piece's dB floor is its own: the exact spectrogram, computed
// once the whole file is there (computeDisplaySpectrogram), replaces the preview.
class ProgressiveDisplaySpectrogram {
public:
    ProgressiveDisplaySpectrogram(const DisplaySpectrogramSpec &spec, int sampleRate, double expectedSeconds, int maxColumns = 4000);
    // Only the layers whose columns are independent of the rest of the file (mel, linear, log).
    static bool supports(const DisplaySpectrogramSpec &spec);
    // `samples`: everything decoded so far. Returns true when new columns were filled. Throws
    // gtzan::Error as computeDisplaySpectrogram does.
    bool update(const std::vector<float> &samples);
    // rows x columns over the expected length (longer if the file turns out longer); columns not
    // yet filled hold kUnfilledDb, below any colour scale.
    const DisplaySpectrogram &preview() const { return m_preview; }
    int filledColumns() const { return m_filled; }
    int framesPerColumn() const { return m_framesPerColumn; }
    static constexpr float kUnfilledDb = -1000.0f;

private:
    void growTo(int columns);
    DisplaySpectrogramSpec m_spec;
    int m_rate;
    int m_framesPerColumn = 1;
    int m_filled = 0;
    DisplaySpectrogram m_preview;
};

} // namespace gtzan
