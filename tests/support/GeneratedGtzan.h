#pragma once
#include <QString>
#include <QStringList>

namespace testsupport {

// Writes a GTZAN-shaped data set of cheap synthetic clips for tests and benchmarks:
// <dir>/<layout>/<genre>/<genre>.NNNNN.<ext> with layout "genres" (.au) or "genres_original"
// (.wav), 16-bit mono. Each clip is a one-second pattern (a genre- and clip-specific tone plus a
// short noise burst) tiled to `seconds`, so a 1000-clip, 30 s set is written in seconds.
// `corrupt` lists clip ids ("jazz/jazz.00054") written as broken files instead of audio.
// Returns the layout folder (the genre root).
struct GeneratedGtzan {
    QString dir;
    QString layout = QStringLiteral("genres_original");
    QStringList genres; // default: all 10
    int clipsPerGenre = 5;
    double seconds = 30.0;
    int sampleRate = 22050;
    QStringList corrupt;
};
QString writeGeneratedGtzan(const GeneratedGtzan &spec);

} // namespace testsupport
