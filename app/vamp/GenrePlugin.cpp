#include "GenrePlugin.h"
#include "ModelFolders.h"
#include "audio/Audio.h"
#include "audio/Resampler.h"
#include "common/Error.h"
#include "embedding/MusicnnEmbedder.h"
#include "inference/Predictor.h"
#include <QDir>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gtzan {
namespace vamp {

namespace {

void complain(const QString &message) { std::fprintf(stderr, "gtzan-vamp: %s\n", message.toLocal8Bit().constData()); }

std::vector<std::string> stdStrings(const QStringList &list) {
    std::vector<std::string> out;
    out.reserve(size_t(list.size()));
    for (const QString &s : list) out.push_back(s.toStdString());
    return out;
}

Vamp::RealTime seconds(double s) { return Vamp::RealTime::fromSeconds(s); }

// The model's musicnn tags (the taggram's columns): the network the model predicts from, else the
// reference network its trust rules measure with; none for a model without musicnn.
QStringList tagNamesOf(const Predictor &p) {
    const MusicnnEmbedder *musicnn = p.musicnn() ? p.musicnn() : p.model().musicnn.get();
    return musicnn ? musicnn->tagNames() : QStringList();
}

// musicnn's 3 s patch: the taggram's rows, and the segments of models on the clip embedding.
double musicnnPatchSeconds() {
    const FeatureSpec spec = MusicnnEmbedder::featureSpec();
    return double(MusicnnEmbedder::kPatchFrames) * spec.hop / spec.sampleRate;
}

// How far apart the model's segments start (Predictor.cpp): spectrogram networks score whole
// segments of config.frames frames side by side, models on musicnn's clip embedding judge each
// patch; 0 when neither (then the spacing is not known before the answer).
double segmentStepSeconds(const Predictor &p) {
    const TrainedModel &m = p.model();
    if (m.config.usesSpectrogram() && m.config.frames > 0 && m.spec.sampleRate > 0) return double(m.config.frames) * m.spec.hop / m.spec.sampleRate;
    if (p.musicnn()) return musicnnPatchSeconds();
    return 0;
}

// Rows of values at a known spacing: a fixed-rate output, which Sonic Visualiser draws as a
// colour plot (one column per segment, one row per bin). Each feature still carries its own
// timestamp, the segment's start.
// The rate's period is a whole number of input samples: Sonic Visualiser puts feature k at sample
// lrint(k / rate x inputRate) and divides that by round(inputRate / rate) to find its column, so
// with a period of 65973.6 samples (2.992 s at 22.05 kHz) feature 2 lands in column 1, on top of
// feature 1, and every later one a column early (it showed 9 of 10 segments). A period of 65974
// samples, the float rate at or just below it, keeps each in its own column; the columns drift
// from the true starts by under half a sample a segment (0.05 s over 2 hours of 3 s segments).
void setFixedRate(Vamp::Plugin::OutputDescriptor &d, double stepSeconds, double inputRate) {
    if (stepSeconds <= 0) return; // stays variable-rate, each feature with its start and length
    const double periodSamples = std::max(1.0, std::round(stepSeconds * inputRate));
    const double exact = inputRate / periodSamples;
    d.sampleType = Vamp::Plugin::OutputDescriptor::FixedSampleRate;
    d.sampleRate = float(exact);
    if (double(d.sampleRate) > exact) d.sampleRate = std::nextafter(d.sampleRate, 0.0f);
    d.hasDuration = false;
}

} // namespace

GenrePlugin::GenrePlugin(float inputSampleRate) : Vamp::Plugin(inputSampleRate), m_inputRate(inputSampleRate) {
    const QStringList folders = modelFolders();
    const ModelVariable variable = readModelVariable(qgetenv("GTZAN_VAMP_MODEL"), QDir::homePath());
    m_models = modelCatalogue(variable, findModelFiles(folders));
    m_searchNote = folders.join(QStringLiteral(", "));
}

GenrePlugin::~GenrePlugin() = default;

std::string GenrePlugin::getDescription() const {
    return "Music genre over time with a GTZAN Explorer model (the starter by default): each segment's genre probabilities and label, "
           "musicnn's taggram, and whether the model is unsure of the whole input. The same engine as gtzan-cli predict.";
}

std::string GenrePlugin::getCopyright() const {
    return "GTZAN Explorer, GPL-3.0-or-later; the starter model carries the pretrained musicnn MSD weights, Copyright (c) 2019 "
           "Jordi Pons and Xavier Serra, ISC licence";
}

Vamp::Plugin::ParameterList GenrePlugin::getParameterDescriptors() const {
    ParameterDescriptor d;
    d.identifier = "model";
    d.name = "Model";
    d.description = "The model that predicts: the starter, the other models installed in gtzan-explorer/models/ of the XDG data folders "
                    "(~/.local/share, /usr/share), or the file GTZAN_VAMP_MODEL names (then the first and default choice)";
    d.minValue = 0;
    d.maxValue = float(std::max<size_t>(m_models.size(), 1) - 1);
    d.defaultValue = 0;
    d.isQuantized = true;
    d.quantizeStep = 1;
    for (const ModelEntry &m : m_models) d.valueNames.push_back(m.name.toStdString());
    if (m_models.empty()) d.valueNames.push_back("(no model found)");
    return {d};
}

float GenrePlugin::getParameter(std::string identifier) const { return identifier == "model" ? float(m_modelIndex) : 0.0f; }

void GenrePlugin::setParameter(std::string identifier, float value) {
    if (identifier != "model") return;
    m_modelIndex = std::max(0, modelIndexOf(value, int(m_models.size())));
}

const Predictor *GenrePlugin::predictor() const {
    if (m_loadedIndex == m_modelIndex) return m_predictor.get();
    m_predictor.reset();
    m_loadError.clear();
    m_loadedIndex = m_modelIndex;
    if (m_models.empty()) {
        m_loadError = QStringLiteral("no model found (looked for *.gtzm in %1; set GTZAN_VAMP_MODEL to a model file)").arg(m_searchNote);
        return nullptr;
    }
    const ModelEntry &entry = m_models[size_t(m_modelIndex)];
    if (entry.path.isEmpty()) { // GTZAN_VAMP_MODEL was set but is no path
        m_loadError = readModelVariable(qgetenv("GTZAN_VAMP_MODEL"), QDir::homePath()).error;
        return nullptr;
    }
    try {
        m_predictor = std::make_unique<Predictor>(Predictor::fromFile(entry.path));
    } catch (const std::exception &e) { // gtzan::Error, or LibTorch's on a file that is no model
        m_loadError = QStringLiteral("cannot use the model %1: %2").arg(entry.path, QString::fromLocal8Bit(e.what()));
    }
    return m_predictor.get();
}

Vamp::Plugin::OutputList GenrePlugin::getOutputDescriptors() const {
    const Predictor *p = predictor();
    const QStringList genres = p ? p->model().genres : QStringList();
    const QStringList tags = p ? tagNamesOf(*p) : QStringList();
    OutputList list;
    // Every output is one feature per segment (or patch, or the whole input), stamped with its
    // start and length: the segments are the model's, not the host's blocks.
    auto output = [](const char *id, const char *name, const char *description) {
        OutputDescriptor d;
        d.identifier = id;
        d.name = name;
        d.description = description;
        d.sampleType = OutputDescriptor::VariableSampleRate;
        d.sampleRate = 0;
        d.hasDuration = true;
        return d;
    };
    OutputDescriptor probabilities = output("probabilities", "Genre probabilities",
                                            "Each segment's calibrated probability of every genre (one bin per genre): the \"segments\" of "
                                            "gtzan-cli predict --json");
    probabilities.hasFixedBinCount = true;
    probabilities.binCount = size_t(genres.size());
    probabilities.binNames = stdStrings(genres);
    probabilities.hasKnownExtents = true;
    probabilities.minValue = 0;
    probabilities.maxValue = 1;
    if (p) setFixedRate(probabilities, segmentStepSeconds(*p), double(m_inputRate));
    list.push_back(probabilities);

    OutputDescriptor segmentGenre = output("segment-genre", "Segment genre", "The most probable genre of each segment, as a label");
    segmentGenre.hasFixedBinCount = true;
    segmentGenre.binCount = 0;
    list.push_back(segmentGenre);

    OutputDescriptor taggram = output("taggram", "musicnn taggram",
                                      "musicnn's tag probabilities for each 3 s patch (one bin per tag); no features when the model has no musicnn");
    taggram.hasFixedBinCount = true;
    taggram.binCount = size_t(tags.size());
    taggram.binNames = stdStrings(tags);
    taggram.hasKnownExtents = true;
    taggram.minValue = 0;
    taggram.maxValue = 1;
    setFixedRate(taggram, musicnnPatchSeconds(), double(m_inputRate));
    list.push_back(taggram);

    OutputDescriptor verdict = output("verdict", "Verdict",
                                      "One feature for the whole input: its genre, or \"unsure: <why>\" when the model's trust rules say so; "
                                      "the value is the top calibrated probability");
    verdict.hasFixedBinCount = true;
    verdict.binCount = 1;
    verdict.binNames = {"confidence"};
    verdict.hasKnownExtents = true;
    verdict.minValue = 0;
    verdict.maxValue = 1;
    list.push_back(verdict);
    return list;
}

bool GenrePlugin::initialise(size_t channels, size_t stepSize, size_t blockSize) {
    if (channels < getMinChannelCount() || channels > getMaxChannelCount() || blockSize == 0 || stepSize != blockSize) {
        complain(QStringLiteral("needs 1 to %1 channels and a step size equal to the block size (got %2 channels, step %3, block %4)")
                     .arg(kMaxChannels)
                     .arg(channels)
                     .arg(stepSize)
                     .arg(blockSize));
        return false;
    }
    if (!std::isfinite(m_inputRate) || m_inputRate < 1000 || m_inputRate > 768000) {
        complain(QStringLiteral("cannot analyse audio at %1 Hz (1 kHz to 768 kHz)").arg(double(m_inputRate)));
        return false;
    }
    if (!predictor()) {
        complain(m_loadError);
        return false;
    }
    m_channels = channels;
    m_blockSize = blockSize;
    m_maxSamples = size_t(kMaxSeconds * double(m_inputRate));
    reset();
    return true;
}

void GenrePlugin::reset() {
    m_mono.clear();
    m_mono.shrink_to_fit();
    m_truncated = false;
    m_firstBlock = true;
    m_inputError.clear();
    m_start = Vamp::RealTime::zeroTime;
}

Vamp::Plugin::FeatureSet GenrePlugin::process(const float *const *inputBuffers, Vamp::RealTime timestamp) {
    if (m_firstBlock) {
        m_start = timestamp; // a host may start anywhere in its file: every feature is stamped from here
        m_firstBlock = false;
    }
    if (m_truncated || !m_inputError.isEmpty() || m_channels == 0) return {};
    size_t take = m_blockSize;
    if (m_mono.size() + take > m_maxSamples) {
        take = m_maxSamples - m_mono.size();
        m_truncated = true;
        complain(QStringLiteral("the input is longer than %1 hours: only its first %1 hours are analysed").arg(kMaxSeconds / 3600));
    }
    // The decoder's downmix (engine/audio/AudioDecoder.cpp), so a stereo file gives the same
    // mono samples here as in gtzan-cli: the channels summed in order, times 1/channels.
    const float scale = 1.0f / float(m_channels);
    for (size_t i = 0; i < take; ++i) {
        float sum = 0;
        for (size_t c = 0; c < m_channels; ++c) sum += inputBuffers[c][i];
        if (!std::isfinite(sum)) {
            m_inputError = QStringLiteral("the input holds a sample that is not a number at %1 s: nothing is predicted")
                               .arg(double(m_mono.size()) / double(m_inputRate), 0, 'f', 3);
            complain(m_inputError);
            return {};
        }
        m_mono.push_back(m_channels == 1 ? sum : sum * scale);
    }
    return {};
}

Vamp::Plugin::FeatureSet GenrePlugin::getRemainingFeatures() {
    const Predictor *p = predictor();
    if (!p || !m_inputError.isEmpty() || m_channels == 0) return {};
    // Hosts fill the last block with zeros past the end of their file (vamp-simple-host and Sonic
    // Visualiser do), and Vamp does not say where it ended: those zeros are not the recording's.
    // Up to one block of trailing exact zeros goes; a file that itself ends in a few milliseconds
    // of digital silence loses them too, which moves no segment.
    size_t end = m_mono.size();
    const size_t floor = end > m_blockSize ? end - m_blockSize : 0;
    while (end > floor && m_mono[end - 1] == 0.0f) --end;
    if (end == 0) {
        complain(QStringLiteral("the input is silent or empty: nothing is predicted"));
        return {};
    }
    m_mono.resize(end);

    FilePrediction f;
    try {
        const double inRate = double(m_inputRate);
        f = p->predictAudio(
            [&](int rate) {
                Audio a;
                a.sampleRate = rate;
                a.samples = std::abs(inRate - rate) < 1e-6 ? m_mono : resample(m_mono, inRate, rate);
                return a;
            },
            QStringLiteral("the Vamp input"));
    } catch (const std::exception &e) {
        complain(QString::fromLocal8Bit(e.what()));
        return {};
    }
    m_mono.clear();
    m_mono.shrink_to_fit();

    const QStringList &genres = p->model().genres;
    FeatureSet out;
    // A fixed-rate output's features have no duration of their own (Vamp: 1 / its rate).
    const bool probabilitiesHaveDuration = segmentStepSeconds(*p) <= 0;
    for (const SegmentPrediction &s : f.segments) {
        Feature label;
        label.hasTimestamp = true;
        label.timestamp = m_start + seconds(s.startSeconds);
        label.hasDuration = true;
        label.duration = seconds(s.seconds);
        label.label = genres.value(s.genre).toStdString();
        out[SegmentGenreOutput].push_back(label);

        Feature probs;
        probs.hasTimestamp = true;
        probs.timestamp = label.timestamp;
        probs.hasDuration = probabilitiesHaveDuration;
        probs.duration = label.duration;
        probs.values = s.probabilities;
        out[ProbabilitiesOutput].push_back(probs);
    }
    for (int row = 0; row < f.taggram.rows; ++row) {
        Feature patch;
        patch.hasTimestamp = true;
        patch.timestamp = m_start + seconds(row * f.taggramPatchSeconds);
        patch.values.assign(f.taggram.row(row), f.taggram.row(row) + f.taggram.cols);
        out[TaggramOutput].push_back(patch);
    }
    Feature verdict;
    verdict.hasTimestamp = true;
    verdict.timestamp = m_start;
    verdict.hasDuration = true;
    verdict.duration = seconds(f.seconds);
    verdict.values = {float(f.trust.confidence)};
    // As gtzan-cli predict words it.
    verdict.label = (f.trust.unsure ? QStringLiteral("unsure: %1 (most like %2)").arg(f.trust.reason, f.genreName) : f.genreName).toStdString();
    out[VerdictOutput].push_back(verdict);
    return out;
}

} // namespace vamp
} // namespace gtzan
