#include "app/cli/DeviceCliOption.h"
#include "app/cli/CliCommand.h"
#include "tensor/TorchRuntime.h"

namespace gtzan {
namespace cli {

QCommandLineOption deviceOption() {
    return {QStringLiteral("device"),
            QStringLiteral("Where the networks run: cpu, cuda or auto (CUDA when this LibTorch has a usable GPU; default auto)."),
            QStringLiteral("D"), QStringLiteral("auto")};
}

bool applyDeviceOption(const QCommandLineParser &parser, const QString &command) {
    DeviceChoice choice = DeviceChoice::Auto;
    const QString name = parser.value(QStringLiteral("device"));
    if (!parseDeviceChoice(name.toStdString(), choice)) {
        cliErr(QStringLiteral("gtzan-cli %1: --device must be cpu, cuda or auto, not \"%2\"").arg(command, name));
        return false;
    }
    if (!selectComputeDevice(choice)) {
        cliErr(QStringLiteral("gtzan-cli %1: --device cuda, but this LibTorch has no usable CUDA GPU (this build runs on the CPU; "
                              "docs/development.md says how to build with an upstream CUDA LibTorch)")
                   .arg(command));
        return false;
    }
    return true;
}

} // namespace cli
} // namespace gtzan
