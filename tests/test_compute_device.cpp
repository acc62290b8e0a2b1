// The compute device (tensor/TorchRuntime.h, --device, Preferences' "Compute on"): names, the
// choice, a trained network and its scores on the chosen device, and the CLI's refusals. Debian's
// LibTorch is CPU-only, so here CUDA must be refused and everything lands on the CPU; with a CUDA
// LibTorch and a GPU the same checks run the other way.
#include "TestSupport.h"
#include "models/GenreNet.h"
#include "tensor/ComputeDevice.h"
#include "tensor/TorchRuntime.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

class TestComputeDevice : public QObject {
    Q_OBJECT
private:
    static bool cudaHere() { return torch::cuda::is_available(); }

    // gtzan-cli's exit code and stderr.
    static int cli(const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.start(testsupport::cliPath(), args);
        if (!p.waitForFinished(600000)) return -1;
        if (err) *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void namesParseBothWays() {
        DeviceChoice c = DeviceChoice::Cpu;
        QVERIFY(parseDeviceChoice("auto", c) && c == DeviceChoice::Auto);
        QVERIFY(parseDeviceChoice("CPU", c) && c == DeviceChoice::Cpu);
        QVERIFY(parseDeviceChoice("cuda", c) && c == DeviceChoice::Cuda);
        QVERIFY(!parseDeviceChoice("gpu", c));
        QVERIFY(!parseDeviceChoice("", c));
        for (DeviceChoice d : {DeviceChoice::Auto, DeviceChoice::Cpu, DeviceChoice::Cuda}) {
            DeviceChoice back = DeviceChoice::Auto;
            QVERIFY(parseDeviceChoice(deviceChoiceName(d), back));
            QCOMPARE(int(back), int(d));
        }
    }

    void theChoiceDecidesWhereNetworksGo() {
        QVERIFY(selectComputeDevice(DeviceChoice::Cpu));
        QCOMPARE(QString::fromLatin1(activeDeviceName()), QStringLiteral("cpu"));
        QVERIFY(computeDevice().is_cpu());
        // CUDA is refused without a GPU, and the device stays as it was.
        QCOMPARE(selectComputeDevice(DeviceChoice::Cuda), cudaHere());
        if (!cudaHere()) QCOMPARE(QString::fromLatin1(activeDeviceName()), QStringLiteral("cpu"));
        QVERIFY(selectComputeDevice(DeviceChoice::Auto));
        QCOMPARE(QString::fromLatin1(activeDeviceName()), QString::fromLatin1(preferredDeviceName()));

        // A network on the chosen device takes a batch made on the CPU (GenreNet moves it).
        ModelConfig config = ModelConfig::named(QStringLiteral("cnn2d"));
        config.numClasses = 8;
        config.nMels = 96;
        config.frames = 64;
        GenreNet net = createModel(config);
        net->to(computeDevice());
        net->eval();
        QCOMPARE(deviceOf(*net).type(), computeDevice().type());
        ModelInput in;
        in.spectrogram = torch::randn({2, 96, 64});
        torch::NoGradGuard noGrad;
        const torch::Tensor logits = net->forward(in);
        QCOMPARE(logits.device().type(), computeDevice().type());
        QCOMPARE(logits.size(0), int64_t(2));
        QCOMPARE(logits.size(1), int64_t(8));
        selectComputeDevice(DeviceChoice::Cpu);
    }

    void theCommandLineRefusesWhatItCannotDo() {
        const QString data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        QTemporaryDir dir;
        QByteArray err;
        const QStringList train{QStringLiteral("train"),
                                QStringLiteral("--data"),
                                data,
                                QStringLiteral("--test-per-genre"),
                                QStringLiteral("1"),
                                QStringLiteral("--model"),
                                QStringLiteral("cnn1d"),
                                QStringLiteral("--segment"),
                                QStringLiteral("0"),
                                QStringLiteral("--epochs"),
                                QStringLiteral("1"),
                                QStringLiteral("--seeds"),
                                QStringLiteral("1"),
                                QStringLiteral("--threads"),
                                QStringLiteral("2"),
                                QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("m.gtzm"))};
        QCOMPARE(cli(train + QStringList{QStringLiteral("--device"), QStringLiteral("gpu")}, &err), 2);
        QVERIFY2(err.contains("--device must be cpu, cuda or auto"), err.constData());
        if (!cudaHere()) {
            QCOMPARE(cli(train + QStringList{QStringLiteral("--device"), QStringLiteral("cuda")}, &err), 2);
            QVERIFY2(err.contains("no usable CUDA GPU"), err.constData());
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.gtzm")))); // nothing trained
        }
        QCOMPARE(cli(train + QStringList{QStringLiteral("--device"), QStringLiteral("cpu")}, &err), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("m.gtzm"))));
        // The model trained on the chosen device predicts on the CPU.
        QCOMPARE(cli({QStringLiteral("predict"), dir.filePath(QStringLiteral("m.gtzm")), data + QStringLiteral("/genres/jazz/jazz.00001.wav"),
                      QStringLiteral("--device"), QStringLiteral("cpu")},
                     &err),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestComputeDevice)
#include "test_compute_device.moc"
