#pragma once
#include "common/Matrix.h"

namespace gtzan {

// MFCCs from a mel spectrogram in dB (bands x frames): the orthonormal DCT-II along the bands,
// the first `coefficients` kept (librosa's mfcc with dct_type 2, norm "ortho", on the same mel).
Matrix mfccFromMelDb(const Matrix &melDb, int coefficients = 20);

} // namespace gtzan
