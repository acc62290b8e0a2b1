// Compiled as if it were a file of the dsp stage (with dsp's include root): audio is below dsp,
// so this must compile. test_stage_order builds it as the control for dsp_includes_dataset.cpp.
#include "audio/Audio.h"

int gtzanStageProbeAllowed() { return int(sizeof(gtzan::Audio)); }
