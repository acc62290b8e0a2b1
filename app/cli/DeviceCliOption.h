#pragma once
#include <QCommandLineOption>
#include <QCommandLineParser>

namespace gtzan {
namespace cli {

// --device cpu|cuda|auto, shared by the commands that run networks (train, eval, predict, reproduce).
QCommandLineOption deviceOption();

// Selects the device the option names (auto when not given). False after a message on stderr:
// an unknown name, or cuda without a usable GPU.
bool applyDeviceOption(const QCommandLineParser &parser, const QString &command);

} // namespace cli
} // namespace gtzan
