#pragma once
#include "inference/FilePrediction.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace gtzan {

class Predictor;

// How live listening slides over what it hears.
struct LiveOptions {
    double windowSeconds = 6.0;      // an answer covers at most this much of the newest sound (whole musicnn patches / model segments)
    double updateSeconds = 1.0;      // a new answer after this much more audio
    double keepSeconds = 30.0;       // audio kept (per rate) for the window and the rhythm; memory stays bounded
    double rhythmSeconds = 8.0;      // tempo and beats are taken over this much of the newest sound
    double silenceHoldSeconds = 1.0; // this much silence ends a stretch of sound: the next answer waits for a fresh patch
    void validate() const;           // throws gtzan::Error naming the bad setting
};

// One answer about what was heard last.
struct LiveUpdate {
    double time = 0;          // seconds since listening began (the analysis' clock) when the answer was given
    double streamSeconds = 0; // seconds of audio heard when it was given (the newest sample's position)
    double windowStart = 0;   // the span judged, in stream seconds
    double windowSeconds = 0;
    int genre = -1; // -1 for silence: there is no genre to name
    QString genreName;
    std::vector<float> probabilities; // calibrated; empty for silence
    TrustVerdict trust;               // unsure and why: "silence", "low-confidence", "far-from-training"
    std::vector<TagScore> tags;       // musicnn's top tags over the window (models that carry musicnn)
    std::vector<float> newestTags;    // the newest patch's taggram row (one value per tag name), for a scrolling taggram
    double tempoBpm = 0;              // aubio over the newest rhythmSeconds of sound; 0: too few beats
    std::vector<double> beatSeconds;  // beats in that span, stream seconds
    double levelDb = -120;            // RMS level of the newest updateSeconds, dBFS
    double cpuSeconds = 0;            // CPU time this answer took on the analysing thread

    bool silent() const { return trust.kind == QLatin1String("silence"); }
    // The JSON line of `gtzan-cli listen --json` and of the Listen view's timeline export.
    QJsonObject toJson(const QStringList &genres, int topTags = 5) const;
};

// Genre, tags and rhythm of a live stream of mono samples (a microphone, the monitor of an output),
// answered over a sliding window: the first answer as soon as one musicnn patch (3 s; a model's
// segment when it is longer) of sound is there, then one every updateSeconds over the newest
// windowSeconds. Silence is answered "unsure: silence" at the Predictor's silence level without
// running the network; otherwise the Predictor judges the window as it judges a file (calibrated
// probabilities, its trust rules), so a live answer and `predict` on a recording agree.
//
// Not thread-safe, like the Predictor it owns: one LiveAnalysis per thread (LiveAnalysisThread
// runs one off the caller's thread). Memory: keepSeconds of audio per rate the model reads.
class LiveAnalysis {
public:
    LiveAnalysis(std::unique_ptr<Predictor> predictor, int inputRate, const LiveOptions &options = {}); // throws gtzan::Error
    ~LiveAnalysis();
    LiveAnalysis(const LiveAnalysis &) = delete;
    LiveAnalysis &operator=(const LiveAnalysis &) = delete;

    // Samples at inputRate, in order, in pieces of any size.
    void append(const float *mono, size_t count);
    // The answer due now (at most one), else nothing. Call after append(). Throws gtzan::Error.
    std::optional<LiveUpdate> next();

    // Where LiveUpdate::time comes from: seconds since listening began (default: a wall clock
    // started with the analysis).
    void setClock(std::function<double()> secondsSinceStart);

    double streamSeconds() const;
    double answerUnitSeconds() const; // sound needed for an answer: a musicnn patch, or the model's segment when longer
    const QStringList &genres() const;
    const QStringList &tagNames() const; // musicnn's 50 tags; empty for a model that carries no musicnn
    int inputRate() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The level of mono samples in dBFS (RMS; -120 for silence or nothing).
double rmsDecibels(const float *samples, size_t count);

} // namespace gtzan
