#pragma once
#include "dataset/ClipFeatures.h"
#include <QStringList>
#include <vector>

namespace testsupport {

// A clearly separable generated data set: genre k's clips carry a band of raised level around
// mel band (k + 0.5) * bands / genres plus random noise, in dB-like values (-80 .. 0).
// Deterministic for a given seed.
std::vector<gtzan::ClipFeatures> separableClips(int genres, int clipsPerGenre, int bands, int frames, unsigned seed, double noise = 6.0);
QStringList genreNames(int genres);

} // namespace testsupport
