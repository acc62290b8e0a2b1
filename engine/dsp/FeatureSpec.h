#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gtzan {

// Everything that decides what a feature tensor means. It travels with every feature
// tensor and is stored in every model file, so training and prediction never disagree.
struct FeatureSpec {
    // What validate() accepts beyond plain sanity (see there why).
    static constexpr int kMaxFft = 32768;
    static constexpr int kMaxOverlap = 64;           // window / hop
    static constexpr int kMaxFramesPerSecond = 8000; // sample rate / hop
    static constexpr int kMaxMels = 512;
    static constexpr double kMaxSegmentSeconds = 600;
    static constexpr int kMaxSegmentFrames = 32768;

    enum class Scale { Decibel, Power, Log10Plus1 }; // Log10Plus1: musicnn's log10(10000 x + 1)

    QString name = QStringLiteral("gct634");
    int sampleRate = 16000;
    int nFft = 1024;
    int hop = 512;
    int winLength = 1024;
    int nMels = 96;
    double fmin = 0.0;
    double fmax = 8000.0;
    Scale scale = Scale::Decibel;
    double dbRef = 1.0; // power_to_db(ref=1.0, amin=1e-10, top_db=80)
    double dbAmin = 1e-10;
    double dbTopDb = 80.0;         // <= 0 disables the clamp
    bool float16RoundTrip = false; // musicnn casts the mel power to float16 and back
    double segmentSeconds = 4.0;   // training segment length; 0 = whole clip

    // Frames of one segment (4 s at 16 kHz, hop 512: 125 frames, as in the reference).
    int segmentFrames() const;
    void setSegmentFrames(int frames); // segmentSeconds for exactly that many frames (<= 0: whole clips)
    // Frames produced for a signal of n samples (center=True).
    int framesFor(qint64 samples) const { return int(samples / hop) + 1; }

    static FeatureSpec gct634();
    static FeatureSpec native();
    static FeatureSpec musicnn();
    static QStringList presetNames();
    static FeatureSpec preset(const QString &name); // throws gtzan::Error for an unknown name

    QJsonObject toJson() const;
    static FeatureSpec fromJson(const QJsonObject &o); // throws gtzan::Error on missing/invalid fields
    void validate() const;                             // throws gtzan::Error when inconsistent

    // How features made with this spec differ from features made with `expected`, for a person:
    // "hop_length 256 (expected 512), sample_rate 22050 (expected 16000)"; empty when they are the
    // same features. The name and the segment length do not count: they do not change a value.
    QString differenceFrom(const FeatureSpec &expected) const;

    bool operator==(const FeatureSpec &o) const;
    bool operator!=(const FeatureSpec &o) const { return !(*this == o); }
};

} // namespace gtzan
