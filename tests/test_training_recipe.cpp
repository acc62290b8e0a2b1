// TrainingRecipe: JSON round trip, and validate() names what is wrong.
#include "common/Error.h"
#include "training/TrainingRecipe.h"
#include <QJsonDocument>
#include <QtTest>

using namespace gtzan;

class TestTrainingRecipe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip() {
        TrainingRecipe r;
        r.dataFolder = QStringLiteral("/data/gtzan");
        r.genreSet = QStringLiteral("all");
        r.splitKind = TrainingRecipe::SplitKind::Fraction;
        r.testFraction = 0.25;
        r.validationPerGenre = 3;
        r.featurePreset = QStringLiteral("native");
        r.segmentSeconds = 0;
        r.augmentChain = QStringLiteral("specaugment");
        r.model.name = QStringLiteral("fusion");
        r.model.backbone = QStringLiteral("cnn2d");
        r.options.epochs = 7;
        r.options.learningRate = 3e-4;
        r.options.seeds = 2;
        r.options.firstSeed = 123456789012345ULL;
        r.options.augment = QStringLiteral("online");
        r.embedding = QStringLiteral("mtt");
        r.embeddingLayer = QStringLiteral("penultimate");
        r.cacheDir = QStringLiteral("/tmp/cache");
        r.threads = 2;
        const QByteArray text = QJsonDocument(r.toJson()).toJson();
        const TrainingRecipe back = TrainingRecipe::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(QJsonDocument(back.toJson()).toJson(), text);
        QCOMPARE(back.options.firstSeed, r.options.firstSeed);
        QCOMPARE(back.splitKind, TrainingRecipe::SplitKind::Fraction);
        QCOMPARE(back.model.backbone, QStringLiteral("cnn2d"));
        QCOMPARE(back.embedding, QStringLiteral("mtt"));
        QCOMPARE(back.embeddingLayer, QStringLiteral("penultimate"));
        // Missing fields keep the defaults.
        const TrainingRecipe empty = TrainingRecipe::fromJson({});
        QCOMPARE(empty.model.name, TrainingRecipe().model.name);
        QCOMPARE(empty.options.epochs, TrainingRecipe().options.epochs);
    }

    void validateNamesTheProblem() {
        TrainingRecipe r;
        r.dataFolder = QStringLiteral("/data");
        r.validate();
        auto fails = [](TrainingRecipe bad, const QString &word) {
            try {
                bad.validate();
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(word), qPrintable(e.message()));
                return;
            }
            QFAIL(qPrintable(QStringLiteral("no error for ") + word));
        };
        TrainingRecipe b = r;
        b.model.name = QStringLiteral("nonet");
        fails(b, QStringLiteral("nonet"));
        b = r;
        b.options.augment = QStringLiteral("sometimes");
        fails(b, QStringLiteral("sometimes"));
        b = r;
        b.splitKind = TrainingRecipe::SplitKind::Files;
        b.trainSplitFile = QStringLiteral("t.txt");
        fails(b, QStringLiteral("test split file"));
        b = r;
        b.splitKind = TrainingRecipe::SplitKind::Fraction;
        b.testFraction = 0;
        fails(b, QStringLiteral("fraction"));
        b = r;
        b.dataFolder.clear();
        fails(b, QStringLiteral("data folder"));
        b = r;
        b.options.epochs = 0;
        fails(b, QStringLiteral("epoch"));
        b = r;
        b.model.name = QStringLiteral("embed_mlp");
        b.embedding = QStringLiteral("vggish");
        fails(b, QStringLiteral("vggish"));
        b = r;
        b.model.name = QStringLiteral("embed_mlp");
        b.embedding = QStringLiteral("msd");
        b.embeddingLayer = QStringLiteral("conv9");
        fails(b, QStringLiteral("conv9"));
        b = r;
        b.model.name = QStringLiteral("cnn1d");
        b.embedding = QStringLiteral("msd");
        fails(b, QStringLiteral("cnn1d"));
        b = r;
        b.model.name = QStringLiteral("embed_mlp");
        b.embedding = QStringLiteral("msd");
        b.validate();
        QVERIFY_THROWS_EXCEPTION(Error, TrainingRecipe::fromJson(QJsonObject{{QStringLiteral("splitKind"), QStringLiteral("random")}}));
        QVERIFY_THROWS_EXCEPTION(Error, TrainingRecipe::fromJson(QJsonObject{{QStringLiteral("segmentSeconds"), QStringLiteral("four")}}));
    }
};

QTEST_GUILESS_MAIN(TestTrainingRecipe)
#include "test_training_recipe.moc"
