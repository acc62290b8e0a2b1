#pragma once
// Which model the Vamp plugin runs: every piece of text and number the plugin is handed from
// outside (the GTZAN_VAMP_MODEL environment variable, the "model" parameter, the names of the
// model files found on disk) is read here, in pure functions the fuzzer (tests/fuzz/
// fuzz_vampparams.cpp) calls without loading the plugin. Finding the files is ModelFolders' job.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {
namespace vamp {

// GTZAN_VAMP_MODEL as the plugin reads it.
struct ModelVariable {
    bool set = false; // unset or empty: the parameter (the starter by default) decides
    QString path;     // the model file it names (absolute, cleaned), when set and valid
    QString error;    // set but unusable: why, for a person (the plugin refuses to initialise)
};

// Reads the variable's raw bytes (null: unset). Surrounding white space is dropped (a pasted
// line); the rest must be an absolute path ("~/" is the home folder, `home`), with no control
// characters, at most kMaxPathBytes long. Whether the file is a model is Predictor's to say.
ModelVariable readModelVariable(const QByteArray &raw, const QString &home);
constexpr int kMaxPathBytes = 4096;

// One model the "model" parameter can choose.
struct ModelEntry {
    QString name; // what a host shows (a value name of the parameter): unique, printable, short
    QString path;
};

// The parameter's choices: the variable's model first (when set, even when unusable: choosing it
// then shows why), then the files found (full paths), the starter ("starter.gtzm") before the
// others, the rest by name, the same file only once, at most kMaxModels in all.
std::vector<ModelEntry> modelCatalogue(const ModelVariable &variable, const QStringList &foundFiles);
constexpr int kMaxModels = 64;
constexpr const char kStarterFileName[] = "starter.gtzm";

// The entry a parameter value chooses among `count`: Vamp parameters are floats, so a host may
// send 2.4, -1, NaN or 1e30; the nearest entry is taken (0 for NaN), never one out of range.
// `count` 0 gives -1 (no model at all).
int modelIndexOf(float parameterValue, int count);

} // namespace vamp
} // namespace gtzan
