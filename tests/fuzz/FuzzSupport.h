#pragma once
// Shared by the libFuzzer harnesses in tests/fuzz (README "Sanitizers and fuzzing").
#include <QString>
#include <cstddef>
#include <cstdint>

namespace fuzzsupport {

// Writes the input to one file per process (in a private temporary folder, replaced on every
// call) and returns its path: the engine's parsers of outside bytes open paths, as the program
// does with a user's files. `suffix` gives the file the extension its reader expects (".wav").
QString writeInput(const uint8_t *data, size_t size, const QString &suffix = QString());

} // namespace fuzzsupport
