#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnEmbedder.h"
#include "inference/PredictorParts.h"
#include "model/InputKind.h"
#include <QElapsedTimer>
#include <algorithm>
#include <limits>

namespace gtzan {

namespace {

double sumOfSquares(const Audio &a) {
    double s = 0;
    for (float x : a.samples) s += double(x) * double(x);
    return s;
}

} // namespace

// One file's reading: the passes one decode feeds (rhythm, musicnn, the model's features, as the
// model's input kind and trust rules need them) and what they add up to, with the partial
// answers of a long file on the way.
class Predictor::FileReading {
public:
    FileReading(const Predictor &predictor, const QString &name, const PartialPrediction &onPartial, const std::vector<SpreadExcerpt> &spread,
                double fileSeconds)
        : m_p(predictor), m_kind(*predictor.m_kind), m_name(name), m_onPartial(onPartial), m_spread(spread), m_fileSeconds(fileSeconds),
          m_rhythm(m_kind.musicnn() && m_kind.musicnn()->rhythm), m_fusion(predictor.m_embedder && m_kind.readsSegments()) {}

    // What to decode, in windows; the passes call back into this reading.
    std::vector<WindowPass> passes();
    // An answer from what has been heard so far (and the spread excerpts beyond it).
    void partial(double fraction);
    // The final answer, once every pass has seen the whole file.
    FilePrediction finish();
    double featuresMs() const { return m_acc.featuresMs; }
    double networkMs() const { return m_acc.networkMs; }

private:
    void onMusicnnWindow(const Audio &audio, bool first, double fraction);
    void onFeaturesWindow(const Audio &audio, bool first, double fraction);
    void countLevel(const Audio &audio) {
        m_acc.sumSquares += sumOfSquares(audio);
        m_acc.samples += qint64(audio.samples.size());
    }
    static double patchSeconds() {
        const FeatureSpec mspec = MusicnnEmbedder::featureSpec();
        return double(MusicnnEmbedder::kPatchFrames) * mspec.hop / mspec.sampleRate;
    }

    const Predictor &m_p;
    const InputKind &m_kind;
    const QString m_name;
    const PartialPrediction &m_onPartial;
    const std::vector<SpreadExcerpt> &m_spread;
    const double m_fileSeconds;
    const bool m_rhythm; // rhythm figures: the whole file's tempo joins the embedding at the end
    const bool m_fusion; // segments that wait for the whole file's musicnn embedding
    Accumulator m_acc;
    QElapsedTimer m_step;
    // How far each pass has got; spread excerpts beyond that stand in for the rest.
    double m_musicnnCovered = 0, m_segmentsCovered = 0;
    double m_musicnnSeconds = 0, m_featuresSeconds = 0;
    // A fusion model's features wait (a quarter of the audio's size at hop 512 and 128 bands)
    // until the musicnn pass is through.
    struct WaitingFeatures {
        Matrix features;
        double startSeconds = 0, endSeconds = 0, fraction = 0;
    };
    std::vector<WaitingFeatures> m_waitingFeatures;
    // A rhythm model's patches are judged at the end, with the whole file's rhythm figures.
    struct WaitingPatches {
        Matrix rows;
        double startSeconds = 0;
    };
    std::vector<WaitingPatches> m_waitingPatches;
    std::unique_ptr<RhythmStream> m_rhythmStream;
};

void Predictor::FileReading::partial(double fraction) {
    if (!m_onPartial || fraction >= 1.0 || m_rhythm) return; // rhythm models: the tempo needs the whole file
    Accumulator copy = m_acc;
    int excerptsUsed = 0;
    for (const SpreadExcerpt &e : m_spread) {
        const bool layer = !e.layerRow.empty() && e.startSeconds >= m_musicnnCovered;
        const bool segments = !e.segments.empty() && e.startSeconds >= m_segmentsCovered;
        if (layer)
            copy.addPatch(e.layerRow.data(), e.layerRow.size(), e.taggramRow.data(), e.taggramRow.size(),
                          e.referenceRow.empty() ? nullptr : e.referenceRow.data(), e.referenceRow.size());
        if (segments)
            for (const SegmentPrediction &s : e.segments) copy.addSegment(s, m_kind.readsSegments());
        excerptsUsed += (layer || segments) ? 1 : 0;
    }
    if (copy.patches == 0 && copy.segments.empty()) return;
    FilePrediction soFar;
    soFar.file = m_name;
    m_p.finish(copy, soFar);
    soFar.partial = true;
    soFar.spreadExcerpts = excerptsUsed;
    if (excerptsUsed > 0) soFar.seconds = std::max(soFar.seconds, m_fileSeconds);
    m_onPartial(soFar, fraction);
}

std::vector<Predictor::WindowPass> Predictor::FileReading::passes() {
    std::vector<WindowPass> out;
    if (m_rhythm) { // aubio hears the same decode at its own rate
        m_rhythmStream = std::make_unique<RhythmStream>(rhythmSampleRate());
        out.push_back({rhythmSampleRate(), qint64(rhythmSampleRate()) * 60,
                       [this](const Audio &audio, bool, double) { m_rhythmStream->feed(audio.samples.data(), audio.samples.size()); }});
    }
    // musicnn: the model's own input (musicnn kinds), or only the trust rules' reference and the
    // tags (every other model whose file carries a reference).
    if (m_p.m_embedder || m_p.m_reference) {
        const FeatureSpec mspec = MusicnnEmbedder::featureSpec();
        out.push_back({mspec.sampleRate, qint64(kMusicnnPatchesPerWindow) * MusicnnEmbedder::kPatchFrames * mspec.hop,
                       [this](const Audio &audio, bool first, double fraction) { onMusicnnWindow(audio, first, fraction); }});
    }
    if (m_kind.hearsFeatures()) {
        // Whole-clip models (frames = the longest training clip) and band statistics, which need
        // the whole file's features, are not windowed.
        const FeatureSpec &spec = m_p.m_model.spec;
        const qint64 window =
            (spec.segmentFrames() > 0 && !m_kind.embeddingFromFeatures()) ? qint64(kSegmentsPerWindow) * m_p.m_model.config.frames * spec.hop : 0;
        out.push_back(
            {spec.sampleRate, window, [this](const Audio &audio, bool first, double fraction) { onFeaturesWindow(audio, first, fraction); }});
    }
    return out;
}

void Predictor::FileReading::onMusicnnWindow(const Audio &audio, bool first, double fraction) {
    const bool ownInput = bool(m_p.m_embedder);
    const MusicnnEmbedder &musicnn = ownInput ? *m_p.m_embedder : *m_p.m_reference;
    const bool embeddingOnly = ownInput && m_kind.answersFromClipEmbedding();
    const MusicnnLayer layer = ownInput ? m_kind.musicnn()->layer : MusicnnLayer::MaxPool;
    const double start = m_musicnnSeconds;
    m_musicnnSeconds += audio.seconds();
    if (ownInput) countLevel(audio); // else the features pass measures the level
    // The tail of a long file shorter than a patch is dropped, as for a whole file.
    if (!first && qint64(audio.samples.size()) < qint64(MusicnnEmbedder::kPatchFrames) * MusicnnEmbedder::featureSpec().hop) return;
    m_step.start();
    const Matrix logMel = musicnn.logMel(audio);
    m_acc.featuresMs += m_step.nsecsElapsed() / 1e6;
    m_step.start();
    const MusicnnPatchOutputs o = musicnn.patchOutputsOfLogMel(logMel);
    const Matrix &rows = o.layer(layer);
    const Matrix *reference = m_p.m_reference ? &o.layer(MusicnnLayer::MaxPool) : nullptr;
    for (int r = 0; r < rows.rows; ++r)
        m_acc.addPatch(ownInput ? rows.row(r) : nullptr, size_t(rows.cols), o.taggram.row(r), size_t(o.taggram.cols),
                       reference ? reference->row(r) : nullptr, reference ? size_t(reference->cols) : 0);
    if (embeddingOnly && m_rhythm) m_waitingPatches.push_back({rows, start});
    else if (embeddingOnly)
        for (const SegmentPrediction &s : m_p.patchVerdicts(rows, start, patchSeconds())) m_acc.addSegment(s, false);
    m_acc.networkMs += m_step.nsecsElapsed() / 1e6;
    m_musicnnCovered = m_musicnnSeconds;
    if (embeddingOnly) {
        m_segmentsCovered = m_musicnnSeconds;
        m_acc.seconds = m_musicnnSeconds;
        partial(fraction);
    }
}

void Predictor::FileReading::onFeaturesWindow(const Audio &audio, bool first, double fraction) {
    const FeatureSpec &spec = m_p.m_model.spec;
    const double start = m_featuresSeconds;
    m_featuresSeconds += audio.seconds();
    if (!m_p.m_embedder) countLevel(audio);
    if (!first && spec.framesFor(qint64(audio.samples.size())) < m_p.m_model.config.frames) return; // a tail shorter than a segment
    m_step.start();
    Matrix features = melFeatures(audio, spec);
    m_acc.featuresMs += m_step.nsecsElapsed() / 1e6;
    if (m_fusion) {
        m_waitingFeatures.push_back({std::move(features), start, m_featuresSeconds, fraction});
        return;
    }
    m_step.start();
    if (m_kind.embeddingFromFeatures()) m_acc.embedding = m_kind.embeddingOfFeatures(features);
    m_acc.seconds = m_featuresSeconds;
    m_p.scoreSpectrogramWindow(features, m_acc.embedding, start, m_acc);
    m_acc.networkMs += m_step.nsecsElapsed() / 1e6;
    m_segmentsCovered = m_featuresSeconds;
    partial(fraction);
}

FilePrediction Predictor::FileReading::finish() {
    if (m_p.m_embedder) {
        if (m_acc.patches == 0) throw Error(QStringLiteral("%1: no audio to predict from").arg(m_name));
        if (m_rhythm) m_acc.rhythmFigures = rhythmFeatures(m_rhythmStream->finish());
        m_acc.settleEmbedding();
        for (const WaitingPatches &w : m_waitingPatches) {
            const std::vector<float> &figures = m_acc.rhythmFigures;
            Matrix withFigures(w.rows.rows, w.rows.cols + int(figures.size()));
            for (int r = 0; r < w.rows.rows; ++r) {
                std::copy(w.rows.row(r), w.rows.row(r) + w.rows.cols, withFigures.row(r));
                std::copy(figures.begin(), figures.end(), withFigures.row(r) + w.rows.cols);
            }
            for (const SegmentPrediction &s : m_p.patchVerdicts(withFigures, w.startSeconds, patchSeconds())) m_acc.addSegment(s, false);
        }
        m_musicnnCovered = std::numeric_limits<double>::infinity();
        m_acc.seconds = m_musicnnSeconds;
    }
    for (const WaitingFeatures &w : m_waitingFeatures) { // fusion: the embedding is whole now
        m_step.start();
        m_p.scoreSpectrogramWindow(w.features, m_acc.embedding, w.startSeconds, m_acc);
        m_acc.networkMs += m_step.nsecsElapsed() / 1e6;
        m_acc.seconds = w.endSeconds;
        m_segmentsCovered = w.endSeconds;
        partial(w.fraction);
    }
    if (m_kind.hearsFeatures()) {
        if (m_acc.segments.empty()) throw Error(QStringLiteral("%1: no audio to predict from").arg(m_name));
        m_acc.seconds = m_featuresSeconds;
    }
    FilePrediction out;
    out.file = m_name;
    m_p.finish(m_acc, out);
    return out;
}

FilePrediction Predictor::predictFrom(const WindowSource &source, const QString &name, PredictionTiming *timing, const PartialPrediction &onPartial,
                                      const std::vector<SpreadExcerpt> &spread, double fileSeconds) const {
    QElapsedTimer total;
    total.start();
    FileReading reading(*this, name, onPartial, spread, fileSeconds);
    if (!spread.empty()) reading.partial(0.0); // the first answer, before any window
    source(reading.passes());
    FilePrediction out = reading.finish();
    if (timing) {
        const double totalMs = total.nsecsElapsed() / 1e6;
        *timing = PredictionTiming{std::max(0.0, totalMs - reading.featuresMs() - reading.networkMs()), reading.featuresMs(), reading.networkMs()};
    }
    return out;
}

} // namespace gtzan
