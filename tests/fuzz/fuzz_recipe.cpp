// libFuzzer harness: training recipes (JSON), training/TrainingRecipe.h fromJson + validate.
// Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "training/TrainingRecipe.h"
#include <QByteArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size)));
    if (!doc.isObject()) return 0;
    try {
        const gtzan::TrainingRecipe r = gtzan::TrainingRecipe::fromJson(doc.object());
        (void)r.modelLabel();
        (void)r.featuresLabel();
        (void)r.augmentationLabel();
        // What the program relies on when it stores a recipe (run history, settings): what it
        // writes, it reads back to the same recipe.
        const QJsonObject once = r.toJson();
        if (gtzan::TrainingRecipe::fromJson(once).toJson() != once) __builtin_trap();
        r.validate();
    } catch (const gtzan::Error &) {}
    return 0;
}
