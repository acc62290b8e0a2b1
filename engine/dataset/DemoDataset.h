#pragma once
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace gtzan {

// A small synthetic stand-in for GTZAN, so the application opens into something explorable
// when no data set is configured and ../shared's sample is not beside the checkout. Each genre
// gets a deterministic recipe (tempo, drum pattern, bass, chords, timbre); the same version of
// the program always writes the same samples. The folder is in GTZAN's own layout
// (genres/<genre>/<genre>.000NN.wav, 30 s, 22,050 Hz mono 16-bit) and is marked synthetic by a
// file named SYNTHETIC-DEMO-DATA.txt at its root, which the GUI shows.
struct DemoDatasetOptions {
    int clipsPerGenre = 3;
    double seconds = 30.0;
    int sampleRate = 22050;
    std::function<void(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

// Writes (or completes) the demo set under `root` and returns root. Existing clips of the same
// version are kept, so the second call is instant. Throws gtzan::Error when it cannot write.
QString ensureDemoDataset(const QString &root, const DemoDatasetOptions &options = {});

// True when `root` (or its parent/child in the GTZAN layout) carries the synthetic marker.
bool isDemoDataset(const QString &root);

// The default place: <cache location>/demo-gtzan (QStandardPaths::CacheLocation).
QString defaultDemoDatasetRoot();

} // namespace gtzan
