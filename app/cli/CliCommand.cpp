#include "app/cli/CliCommand.h"
#include <cstdio>

namespace gtzan {
namespace cli {

std::map<QString, CliCommand> &cliCommands() {
    static std::map<QString, CliCommand> commands;
    return commands;
}

void cliOut(const QString &text) {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void cliErr(const QString &text) {
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace cli
} // namespace gtzan
