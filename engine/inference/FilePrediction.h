#pragma once
#include "common/Matrix.h"
#include "model/PredictionTrust.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

// What a prediction gives, without LibTorch's headers (the GUI and the widgets include this, not
// Predictor.h).
namespace gtzan {

struct Audio;

struct SegmentPrediction {
    double startSeconds = 0;
    double seconds = 0;
    int genre = -1;
    std::vector<float> probabilities;
};

// One of musicnn's 50 tags and its probability for the whole file (mean over its 3 s patches).
struct TagScore {
    QString tag;
    float probability = 0;
};

// A style musicnn hears in a file that is none of the model's genres (StyleOutsideGenres.h).
struct SoundsLike {
    QString style; // "electronic"; empty: none
    QString tag;   // the musicnn tag that says it
    float probability = 0;
    QString note;            // for a person: "sounds electronic: GTZAN has no such genre"
    bool gtzanGenre = false; // the style is a GTZAN genre this model was not trained on ("rock" for 8-genre models)
    bool empty() const { return style.isEmpty(); }
};

// A file's genre. Spectrogram models: the mean of its segments' calibrated probabilities (the
// reference's aggregation). Models on a musicnn clip embedding (embed_mlp): the network's verdict
// on the file's clip embedding; their segments are musicnn's 3 s patches, each judged on its own.
struct FilePrediction {
    QString file;
    double seconds = 0; // the audio's length (the features' span when given features)
    int genre = -1;
    QString genreName;
    std::vector<float> probabilities; // calibrated (softmax of logits / the model's temperature)
    std::vector<SegmentPrediction> segments;
    TrustVerdict trust; // unsure or not, and why
    // musicnn models only (empty otherwise): the top tags of the file, and the taggram: one row per
    // 3 s patch (taggramPatchSeconds long), one column per name in tagNames.
    std::vector<TagScore> tags;
    QStringList tagNames;
    Matrix taggram;
    double taggramPatchSeconds = 0;
    SoundsLike soundsLike;  // a style outside the model's genres, from the tags (any model whose file carries musicnn)
    bool partial = false;   // a first answer from part of a long file; more follows
    int spreadExcerpts = 0; // partial answers: short excerpts from beyond the part done that it includes
    // The file as decoded for the prediction, mono at the rate the caller asked for (predictFile's
    // keepAudioRate), so a window can show and play it without decoding it again; null otherwise.
    std::shared_ptr<const Audio> audio;

    QJsonObject toJson(const QStringList &genres) const;
};

// Where predictFile's time went (wall clock, milliseconds).
struct PredictionTiming {
    double decodeMs = 0;   // decode, downmix, resample to the model's rate
    double featuresMs = 0; // mel + dB (musicnn models: its log-mel front end)
    double networkMs = 0;  // segmenting, normalising, forward passes (musicnn included), aggregation
    double totalMs() const { return decodeMs + featuresMs + networkMs; }
};

constexpr int kTopTags = 10; // tags a prediction lists (--json "tags", the Predict tab)

} // namespace gtzan
