#pragma once
#include <QString>
#include <QStringList>
#include <functional>
#include <map>

namespace gtzan {
namespace cli {

// Each gtzan-cli sub-command lives in its own file and registers itself here with a
// static CliRegistration, so adding a command touches no shared file.
struct CliCommand {
    QString name;
    QString summary;                                 // one line for --help
    std::function<int(const QStringList &args)> run; // args after the command name; returns the exit code
};

std::map<QString, CliCommand> &cliCommands();

struct CliRegistration {
    explicit CliRegistration(CliCommand command) { cliCommands()[command.name] = std::move(command); }
};

// Exit codes: 0 fine, 1 the work failed (message on stderr), 2 the command line was wrong.
enum CliExit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// Prints to stdout / stderr with a trailing newline (UTF-8).
void cliOut(const QString &text);
void cliErr(const QString &text);

} // namespace cli
} // namespace gtzan
