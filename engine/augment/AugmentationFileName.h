#pragma once
#include "augment/AugmentationChain.h"
#include <QString>

namespace gtzan {

// A file name stem that says which clip and which augmentation a file holds, so that exported
// sounds and figures explain themselves in a folder: "blues.00000_noise20dB_pitch+2",
// "jazz.00001_stretch1.2x_gain-6dB_fmask12". Steps appear in the order they are applied (stretch,
// pitch, shift, gain, noise, then the masks); an identity draw gives the clip id alone. Characters
// a file system may refuse are replaced by '_'.
QString augmentationFileStem(const QString &clipId, const AugmentationDraw &draw);

} // namespace gtzan
