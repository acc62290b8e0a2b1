#pragma once
#include "dsp/FeatureSpec.h"
#include <QJsonObject>
#include <QStringList>

namespace gtzan {

// Times the feature pipeline stage by stage over a list of files: decode (native rate, mono),
// resample (to the spec's rate), mel + scale. With threads > 1 the files are shared among
// workers; per-stage times are then summed over workers (CPU time per clip) and the wall time
// of the whole run is reported beside them.
struct FeatureBenchmarkResult {
    int clips = 0;
    int threads = 1;
    double decodeMsPerClip = 0;
    double resampleMsPerClip = 0;
    double melMsPerClip = 0;
    double totalMsPerClip = 0;
    double wallMs = 0;
    QStringList failures;
    QJsonObject toJson(const FeatureSpec &spec) const;
};

FeatureBenchmarkResult benchmarkFeatures(const QStringList &files, const FeatureSpec &spec, int threads, int repeats = 1);

} // namespace gtzan
