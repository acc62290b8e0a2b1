#pragma once
#include <QStringList>

namespace gtzan {

// GTZAN's 10 genres in its own (alphabetical) order; a clip's label is its index in the
// genre list of the run.
const QStringList &gtzanGenres();
// The reference's 8 genres (GCT634): no blues, no rock.
const QStringList &gct634Genres();
QStringList genreSetNames(); // "all", "gct634"
// "all" / "gtzan" / "10" -> all 10; "gct634" / "8" -> the 8. Throws gtzan::Error otherwise.
QStringList genreSet(const QString &name);

} // namespace gtzan
