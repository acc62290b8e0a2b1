#pragma once
#include "dataset/ClipFeatures.h"
#include "dataset/GenreSets.h"
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// A clip found by a scan, with what its header says (read without decoding the audio).
struct ScannedClip {
    ClipRecord record;
    QString format;   // "WAV", "AU", ...
    QString encoding; // "PCM 16-bit", ...
    double seconds = 0;
    int sampleRate = 0;
    int channels = 0;
    qint64 bytes = 0;
    QString problem; // why the clip was left out (DatasetScan::leftOut), empty otherwise
};

struct ScanOptions {
    QStringList genres = gtzanGenres();                // the set to keep, in label order (see GenreSets.h)
    double expectedSeconds = 30.0;                     // <= 0: no duration check
    double durationTolerance = 1.0;                    // GTZAN's clips are 29.9-30.7 s
    std::function<void(int done, int total)> progress; // called from the scanning thread
    const std::atomic_bool *cancel = nullptr;
};

// What a scan found. Problems (an unreadable file, a wrong duration, an unknown genre folder,
// a genre folder missing, an odd file name) are listed for a person and never stop the scan;
// unreadable files are left out of `clips`, the others stay in.
struct DatasetScan {
    QString root;                   // as given
    QString genreRoot;              // the folder that holds the genre folders (found from `root`)
    QString layout;                 // "genres", "genres_original" or "custom" (the genre root's own name)
    QStringList genres;             // the genre set, in label order
    std::vector<ScannedClip> clips; // sorted by id
    QStringList problems;
    // Clips left out because they cannot be read, with the reason in `problem` (the explorer
    // lists them with an error badge); sorted by id.
    std::vector<ScannedClip> leftOut;

    std::vector<ClipRecord> records() const;
    QMap<QString, int> countsByGenre() const; // every genre of the set, 0 when none was found
    QMap<QString, int> formats() const;       // "WAV PCM 16-bit 22050 Hz mono" -> clips
    double totalSeconds() const;
    QJsonObject toJson() const;
};

// Scans a GTZAN root in any published layout: genres/<genre>/<genre>.NNNNN.au,
// genres_original/<genre>/<genre>.NNNNN.wav, or the root given one or two levels too high
// (the folder holding genres/, or Kaggle's Data/genres_original) or one level too low (a genre
// folder itself). Throws gtzan::Error only when `root` is missing or holds no genre folder at
// all, or when cancelled.
DatasetScan scanGtzan(const QString &root, const ScanOptions &options = {});

// "blues/blues.00029" from any path or split-file line naming the clip (see DatasetSplit.h).
QString clipIdOf(const QString &genre, const QString &fileName);

} // namespace gtzan
