#pragma once
// Finding GTZAN clips and computing their features for train / eval.
// STOPGAP: the data set engine (engine/dataset: scan, splits, feature cache, augmentation) is
// being built on another branch; when it is in main, these calls are replaced by it.
#include "dataset/ClipFeatures.h"
#include "dsp/FeatureSpec.h"
#include <QStringList>
#include <vector>

// The genre list of a --genres value: "gct634" (the course's 8) or "all" (GTZAN's 10). Throws gtzan::Error.
QStringList genresOfSet(const QString &name);

// Every audio clip of the given genres under DIR (DIR/genres/<g>, DIR/genres_original/<g> or DIR/<g>),
// sorted by id; labels index `genres`. Throws gtzan::Error when none is found.
std::vector<gtzan::ClipRecord> scanGenreFolders(const QString &dir, const QStringList &genres);

// The clips a split file lists ("genre/genre.00012.wav" per line; extension ignored), in file order.
// Throws gtzan::Error naming the file and the first listed clip that is not on disk.
std::vector<gtzan::ClipRecord> clipsOfSplit(const std::vector<gtzan::ClipRecord> &all, const QString &splitFile);

// Decodes and computes features for every clip, in parallel. Throws gtzan::Error on the first failure.
std::vector<gtzan::ClipFeatures> computeClipFeatures(const std::vector<gtzan::ClipRecord> &clips, const gtzan::FeatureSpec &spec);
