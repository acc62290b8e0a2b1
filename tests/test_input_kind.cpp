// InputKind (engine/model/InputKind.h): one type per way a model reads audio. These tests pin
// which kind every network and embedding source gets, what each kind says about reading and
// answering, and the operations the predictor, saliency, evaluation and training share.
#include "common/Error.h"
#include "dsp/FeatureSpec.h"
#include "inference/Predictor.h"
#include "model/InputKind.h"
#include "model/TrainedModel.h"
#include "models/GenreNet.h"
#include "models/ModelConfig.h"
#include <QtTest>
#include <cmath>

using namespace gtzan;

namespace {

const QString kMsd = QStringLiteral("musicnn:MSD_musicnn:max_pool");
const QString kMsdRhythm = QStringLiteral("musicnn:MSD_musicnn:max_pool+rhythm");
const QString kBands = QStringLiteral("band-mean-std");

ModelConfig named(const QString &name) { return ModelConfig::named(name); }

FeatureSpec segmented(double seconds) {
    FeatureSpec spec = FeatureSpec::preset(QStringLiteral("gct634"));
    spec.segmentSeconds = seconds;
    return spec;
}

} // namespace

class InputKindTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyKindIsRegisteredOnce() {
        const QStringList names = InputKind::names();
        QCOMPARE(names, (QStringList{QStringLiteral("spectrogram"), QStringLiteral("musicnn-embedding"), QStringLiteral("band-statistics"),
                                     QStringLiteral("fusion")}));
    }

    // The kind agrees with the network it feeds: segments exactly when the network has a
    // spectrogram branch, a clip embedding exactly when it has an embedding branch. For every
    // network of the zoo and every source a model file can name.
    void theKindMatchesTheNetworkForEveryModel() {
        for (const QString &model : modelNames()) {
            const ModelConfig c = named(model);
            const QStringList sources = c.usesEmbedding() ? QStringList{kMsd, kMsdRhythm, kBands} : QStringList{QString()};
            for (const QString &source : sources) {
                const auto kind = InputKind::of(c, source);
                QVERIFY2(kind->readsSegments() == c.usesSpectrogram(), qPrintable(model + QLatin1Char(' ') + source));
                QVERIFY2(kind->takesClipEmbedding() == c.usesEmbedding(), qPrintable(model + QLatin1Char(' ') + source));
                QVERIFY2(kind->whyNoAudio().isEmpty(), qPrintable(model + QLatin1Char(' ') + source));
                // A kind either hears the model's features or musicnn's patches (or both): never nothing.
                QVERIFY(kind->hearsFeatures() || kind->musicnn());
            }
        }
    }

    void spectrogramModelsAnswerSegmentBySegment() {
        const auto kind = InputKind::of(named(QStringLiteral("cnn2d")), QString());
        QCOMPARE(kind->name(), QStringLiteral("spectrogram"));
        QVERIFY(kind->hearsFeatures());
        QVERIFY(!kind->musicnn());
        QVERIFY(!kind->answersFromClipEmbedding());
        QVERIFY(kind->answersWhileStreaming(segmented(4.0)));
        QVERIFY(!kind->answersWhileStreaming(segmented(0.0))); // one segment is the whole clip
    }

    void musicnnModelsAnswerFromTheClipEmbedding() {
        const auto kind = InputKind::of(named(QStringLiteral("embed_mlp")), kMsd);
        QCOMPARE(kind->name(), QStringLiteral("musicnn-embedding"));
        QVERIFY(!kind->hearsFeatures());
        QVERIFY(kind->musicnn());
        QCOMPARE(kind->musicnn()->model, QStringLiteral("MSD_musicnn"));
        QVERIFY(kind->answersFromClipEmbedding());
        QVERIFY(kind->answersWhileStreaming(segmented(0.0))); // musicnn's own patches, whatever the features
        // The rhythm figures need the whole file's tempo, and follow musicnn's part.
        const auto rhythm = InputKind::of(named(QStringLiteral("embed_mlp")), kMsdRhythm);
        QVERIFY(!rhythm->answersWhileStreaming(segmented(4.0)));
        QCOMPARE(rhythm->withRhythm({1, 2}, {3}), (std::vector<float>{1, 2, 3}));
        QCOMPARE(kind->withRhythm({1, 2}, {3}), (std::vector<float>{1, 2}));
    }

    void bandStatisticsAreEachBandsMeanAndSpread() {
        const auto kind = InputKind::of(named(QStringLiteral("embed_mlp")), kBands);
        QCOMPARE(kind->name(), QStringLiteral("band-statistics"));
        QVERIFY(kind->hearsFeatures());
        QVERIFY(!kind->readsSegments());
        QVERIFY(kind->embeddingFromFeatures());
        QVERIFY(!kind->answersWhileStreaming(segmented(4.0)));
        Matrix features(2, 4);
        const float values[] = {1, 2, 3, 4, 10, 10, 10, 10};
        std::copy(std::begin(values), std::end(values), features.data.begin());
        const std::vector<float> e = kind->embeddingOfFeatures(features);
        QCOMPARE(int(e.size()), 4);              // a mean and a spread per band
        QVERIFY(std::abs(e[0] - 2.5f) < 1e-5f);  // band 0's mean
        QVERIFY(std::abs(e[1] - 10.0f) < 1e-5f); // band 1's mean
        QVERIFY(e[2] > 1.0f && e[2] < 1.3f);     // band 0's spread (1.118 or 1.291)
        QVERIFY(std::abs(e[3]) < 1e-5f);         // band 1 is flat
    }

    void fusionTakesMusicnnOrBandStatistics() {
        const auto onMusicnn = InputKind::of(named(QStringLiteral("fusion")), kMsd);
        QCOMPARE(onMusicnn->name(), QStringLiteral("fusion"));
        QVERIFY(onMusicnn->readsSegments() && onMusicnn->musicnn() && !onMusicnn->embeddingFromFeatures());
        QVERIFY(onMusicnn->answersWhileStreaming(segmented(4.0)));
        const auto onBands = InputKind::of(named(QStringLiteral("fusion")), kBands);
        QVERIFY(onBands->readsSegments() && !onBands->musicnn() && onBands->embeddingFromFeatures());
        QVERIFY(!onBands->answersWhileStreaming(segmented(4.0)));
    }

    void providedEmbeddingsCannotBeReadFromAudio() {
        const auto kind = InputKind::of(named(QStringLiteral("embed_mlp")), QStringLiteral("provided"));
        QVERIFY(!kind->whyNoAudio().isEmpty());
        // The predictor refuses such a model with the kind's reason, before any file is read.
        TrainedModel m;
        m.config = named(QStringLiteral("embed_mlp"));
        m.config.numClasses = 2;
        m.config.embeddingDim = 4;
        m.genres = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        m.embeddingSource = QStringLiteral("provided");
        m.model = std::make_shared<GenreNetImpl>(m.config);
        try {
            Predictor p(m);
            QFAIL("a model on provided embeddings was accepted for prediction");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(kind->whyNoAudio()), qPrintable(e.message()));
        }
    }

    void aMalformedSourceIsRefused() {
        QVERIFY_THROWS_EXCEPTION(Error, InputKind::of(named(QStringLiteral("embed_mlp")), QStringLiteral("musicnn:nothing")));
    }

    void theSourceAModelFileNames() {
        const std::vector<ClipFeatures> none;
        std::vector<ClipFeatures> bare(1);
        QCOMPARE(InputKind::embeddingSourceFor(named(QStringLiteral("cnn2d")), std::nullopt, bare), QString());
        QCOMPARE(InputKind::embeddingSourceFor(named(QStringLiteral("embed_mlp")), std::nullopt, bare), kBands);
        const auto msd = MusicnnEmbeddingSource::parse(kMsdRhythm);
        QCOMPARE(InputKind::embeddingSourceFor(named(QStringLiteral("fusion")), msd, none), kMsdRhythm);
        // Whatever a training writes, the kind reads back.
        QCOMPARE(
            InputKind::of(named(QStringLiteral("embed_mlp")), InputKind::embeddingSourceFor(named(QStringLiteral("embed_mlp")), std::nullopt, bare))
                ->name(),
            QStringLiteral("band-statistics"));
    }

    // The batches the network gets: segments of features beside the clip embedding (fusion),
    // the embedding alone (embed_mlp), the segments alone (cnn2d).
    void batchesHaveTheNetworksLayout() {
        Matrix features(8, 20, 1.0f);
        InputNormalization norm;
        ModelConfig fusion = named(QStringLiteral("fusion"));
        fusion.nMels = 8;
        fusion.frames = 10;
        fusion.embeddingDim = 3;
        const auto kind = InputKind::of(fusion, kBands);
        const std::vector<int> starts = InputKind::segmentStartsOf(features, fusion);
        QCOMPARE(starts, (std::vector<int>{0, 10}));
        const ModelInput in = kind->segmentBatch({&features, &features}, starts, {0.5f, 0.5f, 0.5f}, fusion, norm);
        QCOMPARE(in.spectrogram.sizes().vec(), (std::vector<int64_t>{2, 8, 10}));
        QCOMPARE(in.embedding.sizes().vec(), (std::vector<int64_t>{2, 3}));
        ModelConfig cnn = named(QStringLiteral("cnn2d"));
        cnn.nMels = 8;
        cnn.frames = 10;
        const ModelInput plain = InputKind::of(cnn, QString())->segmentBatch({&features}, {0}, {}, cnn, norm);
        QVERIFY(plain.spectrogram.defined() && !plain.embedding.defined());
        const ModelInput only = InputKind::embeddingBatch({{1, 2, 3}, {4, 5, 6}}, fusion);
        QCOMPARE(only.embedding.sizes().vec(), (std::vector<int64_t>{2, 3}));
        QVERIFY_THROWS_EXCEPTION(Error, InputKind::embeddingBatch({{1, 2}}, fusion)); // a wrong length is refused
    }
};

QTEST_GUILESS_MAIN(InputKindTest)
#include "test_input_kind.moc"
