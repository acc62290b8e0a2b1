#pragma once
#include <QStringList>

namespace gtzan {

// File name extensions the decoder reads (lower case, without the dot).
const QStringList &audioExtensions();
bool hasAudioExtension(const QString &path);
// All audio files under dir (recursively), sorted by path.
QStringList findAudioFiles(const QString &dir);

} // namespace gtzan
