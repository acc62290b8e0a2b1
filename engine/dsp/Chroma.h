#pragma once
#include "common/Matrix.h"
#include <QStringList>

namespace gtzan {

// Chroma from a linear power spectrogram ((nFft/2 + 1) x frames): each bin between 55 Hz and
// 5 kHz adds its power to the pitch class of its nearest equal-tempered note (A4 = 440 Hz),
// weighted down as it lies between two notes; each frame is then scaled so its strongest class
// is 1 (a silent frame stays 0). Rows are C, C#, ..., B.
Matrix chromaFromPower(const Matrix &power, int sampleRate, int nFft);
QStringList pitchClassNames(); // "C", "C#", ... "B"

} // namespace gtzan
