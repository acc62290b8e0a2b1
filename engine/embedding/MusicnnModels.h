#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {

// Where the pretrained musicnn weights live. They are read at run time, never bundled:
// $GTZAN_MUSICNN_DIR when set, else <shared>/models/musicnn, where <shared> is
// sharedDataDir() (common/DataLocations.h); empty when neither is found.
QString musicnnModelDir();

// "MSD" / "MTT" (any case, with or without "_musicnn") -> <dir>/MSD_musicnn.h5; a path to an
// .h5 file is returned as it is. Throws gtzan::Error for an unknown name or a missing file,
// saying where it looked and how to point elsewhere.
QString musicnnModelPath(const QString &modelOrPath);

// The 50 tag names of a model from tags.json beside its .h5 (key = the file's base name,
// "MSD_musicnn"); "tag 1".."tag 50" when there is no such list.
QStringList musicnnTagNames(const QString &h5Path, int count = 50);

} // namespace gtzan
