#pragma once
#include <QCommandLineParser>
#include <QStringList>

namespace gtzan {
namespace cli {

// Parses a sub-command's arguments with QCommandLineParser. Returns true when the command
// should run; otherwise `exitCode` says how to leave (0 after --help, 2 after a usage error,
// which is printed together with the usage).
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args, int minPositional, int maxPositional,
                      int &exitCode);

// Reads an integer/double option, failing with a usage message when it is not a number in range.
bool optionInt(const QCommandLineParser &parser, const QString &name, int lo, int hi, int &value);
bool optionDouble(const QCommandLineParser &parser, const QString &name, double lo, double hi, double &value);

} // namespace cli
} // namespace gtzan
