// Every zoo model: forward pass shapes, and the peer's parameter counts (../shared/peers/train_peer.py).
#include "common/Error.h"
#include "models/GenreNet.h"
#include "tensor/TorchRuntime.h"
#include <QtTest>

using namespace gtzan;

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureTorchThreads(2); }

    void forwardShapes_data() {
        QTest::addColumn<QString>("name");
        for (const QString &n : modelNames()) QTest::newRow(n.toUtf8().constData()) << n;
    }
    void forwardShapes() {
        QFETCH(QString, name);
        torch::manual_seed(0);
        ModelConfig c;
        c.name = name;
        c.numClasses = 5;
        c.nMels = 32; // small inputs keep resnet101 / vgg19 fast; 32 is the VGG minimum
        c.frames = 40;
        c.embeddingDim = c.usesEmbedding() ? 24 : 0;
        if (name == QLatin1String("fusion")) c.backbone = QStringLiteral("cnn1d");
        GenreNet net = createModel(c);
        net->eval();
        torch::NoGradGuard g;
        ModelInput in;
        if (c.usesSpectrogram()) in.spectrogram = torch::randn({3, c.nMels, c.frames});
        if (c.usesEmbedding()) in.embedding = torch::randn({3, c.embeddingDim});
        const torch::Tensor out = net->forward(in);
        QCOMPARE(out.dim(), 2);
        QCOMPARE(out.size(0), int64_t(3));
        QCOMPARE(out.size(1), int64_t(5));
        QVERIFY(torch::isfinite(out).all().item<bool>());
        QVERIFY(parameterCount(*net) > 0);
    }

    // Layer for layer the Python peer: its parameter counts for 8 and 10 genres (96 x 125 input).
    void peerParameterCounts_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("classes");
        QTest::addColumn<qint64>("params");
        QTest::newRow("cnn1d-8") << "cnn1d" << 8 << qint64(158120);
        QTest::newRow("cnn1d-10") << "cnn1d" << 10 << qint64(158634);
        QTest::newRow("cnn2d-8") << "cnn2d" << 8 << qint64(424904);
        QTest::newRow("cnn2d-10") << "cnn2d" << 10 << qint64(425418);
        QTest::newRow("resnet34-8") << "resnet34" << 8 << qint64(21282504);
        QTest::newRow("resnet34-10") << "resnet34" << 10 << qint64(21283530);
    }
    void peerParameterCounts() {
        QFETCH(QString, name);
        QFETCH(int, classes);
        QFETCH(qint64, params);
        ModelConfig c;
        c.name = name;
        c.numClasses = classes;
        QCOMPARE(qint64(parameterCount(*createModel(c))), params);
    }

    // The peer's full-size input goes through cnn1d / cnn2d with the right output.
    void fullSizeInput() {
        for (const char *name : {"cnn1d", "cnn2d", "baseline1d"}) {
            ModelConfig c;
            c.name = QString::fromLatin1(name);
            GenreNet net = createModel(c);
            net->eval();
            torch::NoGradGuard g;
            QCOMPARE(net->forward({torch::randn({2, 96, 125}), {}}).sizes(), (std::vector<int64_t>{2, 8}));
        }
    }

    void fusionConcatenatesBranches() {
        ModelConfig c;
        c.name = QStringLiteral("fusion");
        c.backbone = QStringLiteral("resnet18");
        c.embeddingDim = 192;
        ModelConfig r18 = c;
        r18.name = QStringLiteral("resnet18");
        // The fusion classifier sees 512 (resnet18) + 32 (embedding branch) features.
        const int64_t expected = parameterCount(*createModel(r18)) - (512 * 8 + 8) + (192 * 32 + 32) + ((512 + 32) * 8 + 8);
        QCOMPARE(parameterCount(*createModel(c)), expected);
    }

    void badConfigsAreRefused() {
        ModelConfig c;
        c.name = QStringLiteral("alexnet");
        QVERIFY_THROWS_EXCEPTION(Error, createModel(c));
        c.name = QStringLiteral("vgg16");
        c.nMels = 16; // five 2x pools leave nothing
        QVERIFY_THROWS_EXCEPTION(Error, createModel(c));
        c.name = QStringLiteral("embed_mlp");
        c.embeddingDim = 0;
        QVERIFY_THROWS_EXCEPTION(Error, createModel(c));
        c.name = QStringLiteral("fusion");
        c.embeddingDim = 10;
        c.nMels = 96;
        c.backbone = QStringLiteral("embed_mlp");
        QVERIFY_THROWS_EXCEPTION(Error, createModel(c));
        c.backbone = QStringLiteral("cnn2d");
        QCOMPARE(ModelConfig::fromJson(c.toJson()).backbone, QStringLiteral("cnn2d"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
