// The sidecar of a TorchScript model (model/ScriptedModelSidecar.h): JSON from a notebook, parsed
// before any process is started for the model. Anything must give a sidecar or a gtzan::Error.
#include "common/Error.h"
#include "model/ScriptedModelSidecar.h"
#include <QByteArray>
#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    try {
        const gtzan::ScriptedModelSidecar s =
            gtzan::ScriptedModelSidecar::parse(QByteArray(reinterpret_cast<const char *>(data), int(size)), QStringLiteral("fuzz.json"));
        // What parse accepts must describe itself again, and read back the same.
        const gtzan::ScriptedModelSidecar again =
            gtzan::ScriptedModelSidecar::parse(QJsonDocument(s.toJson()).toJson(), QStringLiteral("again.json"));
        if (again.genres != s.genres || again.frames != s.frames || again.imageInput != s.imageInput || !(again.spec == s.spec)) __builtin_trap();
    } catch (const gtzan::Error &) {}
    return 0;
}
