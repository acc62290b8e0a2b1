#include "inference/StyleOutsideGenres.h"
#include "dataset/GenreSets.h"
#include <utility>

namespace gtzan {

namespace {

// musicnn's tag (MSD and MTT vocabularies, lower case) -> the style a person would name. Tags
// that are moods, eras, instruments or voices are not styles and are left out; so is "dance",
// which GTZAN's disco and pop both are.
QString styleOfTag(const QString &tag) {
    static const std::pair<const char *, const char *> kStyles[] = {{"electronic", "electronic"},
                                                                    {"electronica", "electronic"},
                                                                    {"electro", "electronic"},
                                                                    {"techno", "electronic"},
                                                                    {"house", "electronic"},
                                                                    {"trance", "electronic"},
                                                                    {"ambient", "ambient"},
                                                                    {"chillout", "ambient"},
                                                                    {"new age", "ambient"},
                                                                    {"folk", "folk"},
                                                                    {"punk", "punk"},
                                                                    {"experimental", "experimental"},
                                                                    {"indian", "Indian"},
                                                                    {"sitar", "Indian"},
                                                                    {"world", "world music"},
                                                                    {"opera", "opera"},
                                                                    {"rock", "rock"},
                                                                    {"hard rock", "rock"},
                                                                    {"classic rock", "rock"},
                                                                    {"alternative rock", "rock"},
                                                                    {"indie rock", "rock"},
                                                                    {"progressive rock", "rock"},
                                                                    {"blues", "blues"},
                                                                    {"jazz", "jazz"},
                                                                    {"metal", "metal"},
                                                                    {"heavy metal", "metal"},
                                                                    {"country", "country"},
                                                                    {"hip-hop", "hiphop"},
                                                                    {"hip hop", "hiphop"},
                                                                    {"rap", "hiphop"},
                                                                    {"pop", "pop"},
                                                                    {"classical", "classical"},
                                                                    {"disco", "disco"},
                                                                    {"reggae", "reggae"}};
    const QString t = tag.trimmed().toLower();
    for (const auto &[name, style] : kStyles)
        if (t == QLatin1String(name)) return QLatin1String(style);
    return {};
}

} // namespace

SoundsLike styleOutsideGenres(const std::vector<TagScore> &tags, const QStringList &genres) {
    const QStringList gtzan = genreSet(QStringLiteral("all"));
    for (size_t i = 0; i < tags.size() && i < size_t(kTagsConsidered); ++i) {
        if (tags[i].probability < kMinimumProbability) break;
        const QString style = styleOfTag(tags[i].tag);
        if (style.isEmpty() || genres.contains(style)) continue;
        SoundsLike s;
        s.style = style;
        s.tag = tags[i].tag;
        s.probability = tags[i].probability;
        s.gtzanGenre = gtzan.contains(style);
        s.note = s.gtzanGenre ? QStringLiteral("sounds %1: this model was not trained on %1").arg(style)
                              : QStringLiteral("sounds %1: GTZAN has no such genre").arg(style);
        return s;
    }
    return {};
}

} // namespace gtzan
