#pragma once
#include "augment/AugmentationChain.h"
#include "dataset/ClipFeatures.h"
#include "embedding/ClipEmbeddings.h"
#include "embedding/MusicnnLayer.h"
#include <QString>
#include <optional>
#include <vector>

namespace gtzan {

// Which musicnn embedding a model is trained on, and how a model file names it
// ("musicnn:MSD_musicnn:max_pool", "+rhythm" when the rhythm figures follow it), so prediction can
// compute the same one for a new file.
struct MusicnnEmbeddingSource {
    QString model;                              // "MSD_musicnn" / "MTT_musicnn" (the .h5's base name)
    MusicnnLayer layer = MusicnnLayer::MaxPool; // the course's choice: max_pool averaged over patches
    bool rhythm = false;                        // aubio's tempo and onset figures appended (rhythmFeatures, Rhythm.h)

    QString toString() const;
    // The source of a model file's embeddingSource; nothing when it is not a musicnn one
    // ("band-mean-std", "provided"). Throws gtzan::Error for a malformed "musicnn:..." string.
    static std::optional<MusicnnEmbeddingSource> parse(const QString &source);
    // The --embedding choice: "msd" / "mtt" (any case); nothing for "none". Throws for others.
    static std::optional<MusicnnEmbeddingSource> fromChoice(const QString &choice, MusicnnLayer layer);
    // Loads the weights (musicnnModelPath: a missing file gives an error saying where it looked).
    MusicnnEmbedder loadEmbedder() const;
};

// Appends the rhythm figures of each clip's audio file (rhythmFeatures of analyseRhythmFile) to
// its clip.embedding: what a "+rhythm" source adds after musicnn's embedding. One analysis per
// file, however many copies. Throws gtzan::Error (an unreadable file, cancelled).
void attachRhythmFeatures(std::vector<ClipFeatures> &clips, const EmbeddingProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// Fills clip.embedding of every clip with musicnn's clip embedding of its audio file (cached).
// Augmented copies share their original file's embedding: musicnn sees the original audio.
void attachMusicnnEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder &model, MusicnnLayer layer, const EmbeddingCache *cache,
                             const EmbeddingProgress &progress = {}, const std::atomic_bool *cancel = nullptr);
// The same with every clip's audio perturbed first (the robustness sweep): decoded at 16 kHz,
// chain.draw(clip id, 1) applied, then embedded. Not cached: the cache's key knows no perturbation.
void attachPerturbedMusicnnEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder &model, MusicnnLayer layer,
                                      const AugmentationChain &chain, const EmbeddingProgress &progress, const std::atomic_bool *cancel);

// The clip embedding of one file, exactly as `gtzan-cli embed FILE --layer L` writes it.
std::vector<float> musicnnClipEmbeddingOfFile(const MusicnnEmbedder &model, const QString &audioPath, MusicnnLayer layer,
                                              const EmbeddingCache *cache = nullptr);

} // namespace gtzan
