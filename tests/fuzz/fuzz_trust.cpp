// libFuzzer harness: a model file's "trust" object (training/PredictionTrust.h): the calibration
// record with its reliability bins (Calibration.h) and the musicnn reference space's
// standardisation. Only gtzan::Error may escape; what is read must be usable as it is.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "model/PredictionTrust.h"
#include <QByteArray>
#include <QJsonDocument>
#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)));
    if (!doc.isObject()) return 0;
    try {
        const gtzan::TrustRules r = gtzan::TrustRules::fromJson(doc.object());
        // A reference space that loaded standardises a vector of its length to finite values.
        if (r.usesMusicnnReference()) {
            const std::vector<float> v(r.referenceMean.size(), 1.0f);
            for (float x : r.standardizedReference(v))
                if (!std::isfinite(x)) __builtin_trap();
        }
        // What the program writes, it reads back to the same object.
        const QJsonObject once = r.toJson();
        if (gtzan::TrustRules::fromJson(once).toJson() != once) __builtin_trap();
        // The figures of a model's calibration can be recomputed from any probabilities.
        if (r.calibration.calibrated()) {
            std::vector<std::vector<float>> p{{0.2f, 0.8f}, {0.6f, 0.4f}};
            (void)gtzan::calibrationFigures(p, {1, 0}, int(r.calibration.after.bins.size()) > 0 ? int(r.calibration.after.bins.size()) : 10);
        }
    } catch (const gtzan::Error &) {}
    return 0;
}
