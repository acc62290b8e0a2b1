#pragma once
#include <QByteArray>
#include <QString>

namespace testsupport {

// A genres.tar.gz in GTZAN's own layout (genres/<genre>/<genre>.000NN.wav) holding the first
// real clip of each genre folder under `sampleGenres` (../shared's sample: ten clips, about 6 MB),
// written with libarchive: what the download tests serve.
QByteArray gtzanLikeArchive(const QString &sampleGenres);

} // namespace testsupport
