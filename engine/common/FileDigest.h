#pragma once
// What a file holds, as a name: the hex SHA-1 of its bytes. Caches key their entries by it (the
// same audio under another name or folder is the same entry), a model is known by its weights'
// digest, and an experiment knows its split lists by it wherever they are mounted.
#include <QString>

namespace gtzan {

// Throws gtzan::Error when the file cannot be opened or read to its end.
QString sha1OfFile(const QString &path);

} // namespace gtzan
