#pragma once
// The Vamp plugin "gtzan-vamp:genre": the engine's Predictor (what `gtzan-cli predict` runs) on
// the audio a Vamp host plays into it. Vamp hands audio over block by block and never says how
// long the input is, while a prediction needs the whole clip (segments, the dB floor, musicnn's
// clip embedding), so the blocks are gathered (mono, at the host's rate, up to kMaxSeconds) and
// every output comes from getRemainingFeatures. docs/vamp.md describes the outputs.
#include "ModelChoice.h"
#include <QString>
#include <memory>
#include <vamp-sdk/Plugin.h>
#include <vector>

namespace gtzan {

class Predictor;

namespace vamp {

class GenrePlugin : public Vamp::Plugin {
public:
    explicit GenrePlugin(float inputSampleRate);
    ~GenrePlugin() override;

    std::string getIdentifier() const override { return "genre"; }
    std::string getName() const override { return "GTZAN genre"; }
    std::string getDescription() const override;
    std::string getMaker() const override { return "GTZAN Explorer"; }
    int getPluginVersion() const override { return 1; }
    std::string getCopyright() const override;

    InputDomain getInputDomain() const override { return TimeDomain; }
    size_t getPreferredBlockSize() const override { return kBlockSize; }
    size_t getPreferredStepSize() const override { return kBlockSize; }
    size_t getMinChannelCount() const override { return 1; }
    size_t getMaxChannelCount() const override { return kMaxChannels; }

    ParameterList getParameterDescriptors() const override;
    float getParameter(std::string identifier) const override;
    void setParameter(std::string identifier, float value) override;

    OutputList getOutputDescriptors() const override;

    bool initialise(size_t channels, size_t stepSize, size_t blockSize) override;
    void reset() override;
    FeatureSet process(const float *const *inputBuffers, Vamp::RealTime timestamp) override;
    FeatureSet getRemainingFeatures() override;

    // Longer input is cut here (with a message on stderr): the mono samples are kept in memory,
    // 4 bytes each (2 h at 44.1 kHz: 1.3 GB), and the whole is scored at once.
    static constexpr double kMaxSeconds = 2 * 3600;
    static constexpr size_t kBlockSize = 4096;
    static constexpr size_t kMaxChannels = 64;

    enum Output { ProbabilitiesOutput, SegmentGenreOutput, TaggramOutput, VerdictOutput };

private:
    // The chosen model's predictor, loaded on first use (the outputs' bin names need its genres
    // and tags); null with m_loadError set when it cannot be loaded.
    const Predictor *predictor() const;

    float m_inputRate;
    std::vector<ModelEntry> m_models;
    QString m_searchNote; // where the models were looked for, for the error when none was found
    int m_modelIndex = 0;
    mutable std::unique_ptr<Predictor> m_predictor;
    mutable int m_loadedIndex = -1;
    mutable QString m_loadError;

    size_t m_channels = 0, m_blockSize = 0;
    std::vector<float> m_mono;
    size_t m_maxSamples = 0;
    bool m_truncated = false;
    bool m_firstBlock = true;
    QString m_inputError; // samples no audio has (NaN, inf): nothing is predicted
    Vamp::RealTime m_start;
};

} // namespace vamp
} // namespace gtzan
