#pragma once
#include "common/Matrix.h"

namespace gtzan {

// librosa.power_to_db: 10 log10(max(amin, S)) - 10 log10(max(amin, ref)), then, when topDb > 0,
// everything below (global max - topDb) is raised to it. In place.
void powerToDb(Matrix &power, double ref = 1.0, double amin = 1e-10, double topDb = 80.0);

// musicnn's scaling: log10(10000 x + 1). In place.
void log10Plus1(Matrix &power);

// Rounds every value to the nearest IEEE half-precision value and back (as numpy's astype(float16)).
void roundTripFloat16(Matrix &m);
float roundToFloat16(float x);

} // namespace gtzan
