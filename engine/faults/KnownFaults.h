#pragma once
#include <QJsonArray>
#include <QString>
#include <vector>

namespace gtzan {

struct DatasetScan;

// A fault of a GTZAN clip that the literature lists. Today one kind: "excluded-by-fault-filtered-split",
// the 70 clips the fault-filtered, artist-filtered split (Kereliuk, Sturm & Larsen 2015) leaves out
// for replicas, mislabelings, distortions and repeated artists. The list is data the program carries
// (resources/faults/fault-filtered-excluded.txt, MIT licence, embedded at :/faults).
struct KnownFault {
    QString clip; // the scanner's clip id, "genre/genre.00042"
    QString kind;
    QString source;
    QJsonObject toJson() const;
};

// Every listed fault (70), in the list's order. Throws gtzan::Error when the embedded list is damaged.
const std::vector<KnownFault> &knownFaults();
// The listed faults of the clips a scan found (a full GTZAN: 70; the 50-clip sample: 3).
std::vector<KnownFault> faultsOf(const DatasetScan &scan);
QJsonArray faultsToJson(const std::vector<KnownFault> &faults);
// Whether the scan looks like a full GTZAN (10 genres of 100 clips each, the usual names): then the
// fault-filtered split applies to it as published.
bool isFullGtzan(const DatasetScan &scan);
// The fault-filtered split's lists (train/valid/test_filtered.txt) in the shared data folder
// (data/splits/fault-filtered); empty when they are not there. The default split of a full GTZAN.
QString faultFilteredSplitFolder();

} // namespace gtzan
