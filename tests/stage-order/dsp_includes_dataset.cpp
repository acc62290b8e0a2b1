// Compiled as if it were a file of the dsp stage (with dsp's include root): dataset is above dsp,
// so this include must not compile. test_stage_order builds it and expects the build to fail.
#include "dataset/ClipFeatures.h"

int gtzanStageProbeUpward() { return int(sizeof(gtzan::ClipFeatures)); }
