#include "widgets/GenreColors.h"
#include <QHash>

namespace gtzan {
namespace widgets {

namespace genrecolors {

QColor color(const QString &genre) {
    // Tableau 10: distinct for 10 classes, readable on light and dark backgrounds.
    static const QStringList known{QStringLiteral("blues"),  QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"),
                                   QStringLiteral("hiphop"), QStringLiteral("jazz"),      QStringLiteral("metal"),   QStringLiteral("pop"),
                                   QStringLiteral("reggae"), QStringLiteral("rock")};
    static const QColor palette[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
                                     QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    const int i = known.indexOf(genre.toLower());
    if (i >= 0) return palette[i];
    return QColor::fromHsv(int(qHash(genre) % 360), 140, 200);
}

} // namespace genrecolors

} // namespace widgets
} // namespace gtzan
