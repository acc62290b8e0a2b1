#pragma once
#include "common/Matrix.h"
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

class Predictor;

// What in a clip drove a model's answer, on the model's own input grid.
//  - Grad-CAM (spectrogram networks): the last convolutional block's feature map, weighted by the
//    mean gradient of the genre's logit per channel, summed, rectified and stretched back onto the
//    bands x frames of each segment (1D nets see time only: every band of a frame gets its value).
//  - Occlusion (every model): blocks of bands x ~0.5 s are set to silence (the clip's floor in
//    the features, 0 in musicnn's log-mel) one at a time, and
//    a block's saliency is the drop of the genre's clip probability. For models on a musicnn
//    embedding the grid is musicnn's 96-band log-mel at 16 kHz, and each occluded patch is run
//    through musicnn again.
// Either map is scaled to 0..1. The faithfulness check ("deletion") masks the map's top 10 % of
// cells and, apart, 10 % random cells (seeded), and reports each drop of the genre's probability:
// a map that means something has top > random. Its cells are the occlusion blocks (for both
// methods), so that the top and the random mask have the same shape, and both take their share
// from every segment alike. Measured on the sample (tests/test_saliency.cpp): occlusion passes on
// every clip tried; Grad-CAM of the cnn1d starter, whose map can only say "when" (all bands of a
// frame alike), does not: its answer lives in a few moments that max-pooling can do without.
enum class SaliencyMethod { GradCam, Occlusion };
QString saliencyMethodName(SaliencyMethod m);                             // "gradcam", "occlusion"
SaliencyMethod saliencyMethodFromName(const QString &n);                  // throws gtzan::Error
bool saliencyMethodApplies(SaliencyMethod m, const Predictor &predictor); // Grad-CAM needs a convolutional body

struct SaliencyOptions {
    SaliencyMethod method = SaliencyMethod::Occlusion;
    int genre = -1;              // class to explain; -1: the predicted one
    double maxSeconds = 30.0;    // the file's first maxSeconds (a long file is explained by its start)
    int bandBlocks = 8;          // occlusion: blocks along the bands
    double blockSeconds = 0.5;   // occlusion: block length
    double deletionShare = 0.10; // the deletion check's share of cells
    unsigned seed = 1;           // the random cells of the deletion check
    const std::atomic_bool *cancel = nullptr;
    std::function<void(double fraction)> progress;
};

struct SaliencyMap {
    SaliencyMethod method = SaliencyMethod::Occlusion;
    Matrix map;                  // bands x frames on the grid below, 0..1
    Matrix grid;                 // what the model read there (its features, or musicnn's log-mel)
    QString gridName;            // "model features" or "musicnn log-mel"
    int sampleRate = 0, hop = 0; // the grid's time step
    std::vector<double> rowHz;   // centre frequency of each band
    int genre = -1;
    QString genreName;
    float probability = 0;                   // the genre's clip probability, unmasked
    std::vector<double> segmentStartSeconds; // the model's segments (or musicnn patches) ...
    std::vector<float> segmentSaliency;      // ... and the mean saliency in each: the strip under the timeline
    double deletionTop = 0;                  // probability drop with the top cells masked
    double deletionRandom = 0;               // probability drop with as many random cells masked
    double secondsPerFrame() const { return sampleRate > 0 ? double(hop) / sampleRate : 0.0; }
};

// Throws gtzan::Error (unreadable file, a method the model cannot take, cancelled).
SaliencyMap computeSaliency(const Predictor &predictor, const QString &audioPath, const SaliencyOptions &options = {});

// The clip gated by a saliency map: an STFT (FFTW, Hann 2048, hop 512) of `audio`, each bin scaled
// by the map's value at its time and frequency (the map's bands are read at the bin's frequency
// through rowHz, its frames at the bin's time), and the inverse STFT by weighted overlap-add. What
// the model attended to stays, the rest falls silent.
struct Audio;
Audio sonifySaliency(const Audio &audio, const SaliencyMap &map);

} // namespace gtzan
