#include "training/RecipeFile.h"
#include "common/Error.h"
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace gtzan {

namespace {
constexpr qint64 kMaxRecipeBytes = 1 << 20; // a recipe is a few hundred bytes; anything this big is not one
}

QByteArray recipeFileText(const TrainingRecipe &recipe) { return QJsonDocument(recipe.toJson()).toJson(QJsonDocument::Indented); }

TrainingRecipe loadRecipeFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot read the recipe (%2)").arg(path, f.errorString()));
    if (f.size() > kMaxRecipeBytes) throw Error(QStringLiteral("%1: %2 bytes is too big for a training recipe").arg(path).arg(f.size()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(kMaxRecipeBytes), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(QStringLiteral("%1: not a training recipe: %2 at byte %3").arg(path, error.errorString()).arg(error.offset));
    if (!doc.isObject()) throw Error(QStringLiteral("%1: not a training recipe (a JSON object is expected)").arg(path));
    try {
        TrainingRecipe recipe = TrainingRecipe::fromJson(doc.object());
        recipe.validate();
        return recipe;
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

void saveRecipeFile(const QString &path, const TrainingRecipe &recipe) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw Error(QStringLiteral("%1: cannot write the recipe (%2)").arg(path, f.errorString()));
    const QByteArray text = recipeFileText(recipe);
    if (f.write(text) != text.size() || !f.commit()) throw Error(QStringLiteral("%1: writing the recipe failed (%2)").arg(path, f.errorString()));
}

} // namespace gtzan
