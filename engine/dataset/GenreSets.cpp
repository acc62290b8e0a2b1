#include "dataset/GenreSets.h"
#include "common/Error.h"

namespace gtzan {

const QStringList &gtzanGenres() {
    static const QStringList g = {QStringLiteral("blues"),  QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"),
                                  QStringLiteral("hiphop"), QStringLiteral("jazz"),      QStringLiteral("metal"),   QStringLiteral("pop"),
                                  QStringLiteral("reggae"), QStringLiteral("rock")};
    return g;
}

const QStringList &gct634Genres() {
    static const QStringList g = {QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"), QStringLiteral("hiphop"),
                                  QStringLiteral("jazz"),      QStringLiteral("metal"),   QStringLiteral("pop"),   QStringLiteral("reggae")};
    return g;
}

QStringList genreSetNames() { return {QStringLiteral("all"), QStringLiteral("gct634")}; }

QStringList genreSet(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("all") || n == QLatin1String("gtzan") || n == QLatin1String("10")) return gtzanGenres();
    if (n == QLatin1String("gct634") || n == QLatin1String("8")) return gct634Genres();
    throw Error(QStringLiteral("Unknown genre set \"%1\" (known: all, gct634)").arg(name));
}

} // namespace gtzan
