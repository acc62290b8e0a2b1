// libFuzzer harness: what the Vamp plugin is handed from outside (app/vamp/ModelChoice.h): the
// GTZAN_VAMP_MODEL variable's bytes, the "model" parameter's float and the model file names it
// finds. Input: 4 bytes of float, one flag byte (odd: the variable is set), then lines: the
// variable's value, then one found file per line. The parser must never crash, and what it gives
// the plugin and the host must hold: a usable path is absolute, names are unique and printable,
// an index is in range.
#include "ModelChoice.h"
#include <QDir>
#include <QSet>
#include <cstring>

using namespace gtzan::vamp;

namespace {
bool printable(const QString &s) {
    for (QChar c : s)
        if (c.category() == QChar::Other_Control) return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 5) return 0;
    float parameter = 0;
    std::memcpy(&parameter, data, sizeof parameter);
    const bool variableSet = data[4] & 1;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 5, int(size - 5));
    const int newline = rest.indexOf('\n');
    const QByteArray raw = newline < 0 ? rest : rest.left(newline);
    QStringList found;
    if (newline >= 0)
        for (const QByteArray &line : rest.mid(newline + 1).split('\n')) found << QString::fromUtf8(line);

    const ModelVariable variable = readModelVariable(variableSet ? raw : QByteArray(), QStringLiteral("/home/someone"));
    if (!variableSet && (variable.set || !variable.path.isEmpty() || !variable.error.isEmpty())) __builtin_trap();
    if (variable.set && variable.error.isEmpty() && (!QDir::isAbsolutePath(variable.path) || !printable(variable.path))) __builtin_trap();
    if (!variable.error.isEmpty() && !variable.path.isEmpty()) __builtin_trap();

    const std::vector<ModelEntry> entries = modelCatalogue(variable, found);
    if (int(entries.size()) > kMaxModels) __builtin_trap();
    if (variable.set && (entries.empty() || entries.front().path != variable.path)) __builtin_trap();
    QSet<QString> names, paths;
    for (const ModelEntry &e : entries) {
        if (e.name.isEmpty() || !printable(e.name) || e.name.size() > 200 || names.contains(e.name)) __builtin_trap();
        if (!e.path.isEmpty() && paths.contains(e.path)) __builtin_trap();
        names.insert(e.name);
        paths.insert(e.path);
    }

    const int index = modelIndexOf(parameter, int(entries.size()));
    if (entries.empty() ? index != -1 : (index < 0 || index >= int(entries.size()))) __builtin_trap();
    return 0;
}
