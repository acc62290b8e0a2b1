#pragma once

namespace gtzan {

// Below this RMS level (-60 dBFS) there is nothing to hear: no genre can be told, whatever the
// network says (digital silence would otherwise lean on the distance rule alone). The Predictor
// judges files by it and LiveAnalysis judges what a microphone hears by it, so both say
// "silence" at the same level.
constexpr double kSilenceRms = 1e-3;

} // namespace gtzan
