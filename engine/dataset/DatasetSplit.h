#pragma once
#include "dataset/DatasetScan.h"
#include <QJsonObject>
#include <cstdint>

namespace gtzan {

// Which clips train, validate and test a model. Every clip is on one side only; labels index
// `genres`. Each side is sorted by clip id.
struct DatasetSplit {
    QStringList genres;
    std::vector<ClipRecord> train, validation, test;
    QStringList problems;

    QStringList overlaps() const; // ids on more than one side (empty for a sound split)
    QJsonObject toJson() const;   // sizes per side and genre, problems
};

// A split-file line to a clip id ("blues/blues.00029"), tolerant of "./", of a "genres/" or
// "genres_original/" prefix (or any leading folders), of backslashes, of .au vs .wav and of a
// bare "blues.00029.wav". Blank lines and lines starting with '#' give an empty string.
QString clipIdFromSplitLine(const QString &line);
// The clip ids a split file lists, in file order. Throws gtzan::Error when it cannot be read.
QStringList readSplitFile(const QString &path);

// A split from split files (validation optional): clips of genres outside the scan's set are
// skipped silently; a clip listed but not found in the scan, or listed twice, is reported.
DatasetSplit splitFromFiles(const DatasetScan &scan, const QString &trainFile, const QString &testFile, const QString &validationFile = QString());
// The same from a folder holding train*.txt, test*.txt and optionally valid*.txt (as
// ../shared/data/splits/*). Throws gtzan::Error when there is no train or no test list.
DatasetSplit splitFromFolder(const DatasetScan &scan, const QString &folder);

// Without split files: each genre's clips shuffled with the seed, round(n x testFraction) to
// test, the rest to train. Same seed, same split.
DatasetSplit stratifiedSplit(const std::vector<ClipRecord> &clips, const QStringList &genres, double testFraction, std::uint64_t seed);

// Moves `perGenre` clips of each genre from train to validation, chosen with the seed
// (the reference: 5 per genre). A genre with too few clips keeps at least one for training
// and is reported. Does nothing when the split already has a validation side from a file.
void carveValidation(DatasetSplit &split, int perGenre = 5, std::uint64_t seed = 0);

} // namespace gtzan
