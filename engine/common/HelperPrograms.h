#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {

// Where the engine finds the programs it runs in a process of their own (gtzan-hdf5-reader). No
// path is compiled in; in order:
//  1. beside the running executable: a build tree, where every program is in build/bin;
//  2. ../libexec/gtzan-explorer/ from it: installed (/usr/bin -> /usr/libexec/gtzan-explorer).
// Throws gtzan::Error naming the places it looked when none holds the program.
QString helperProgramPath(const QString &name);
QStringList helperProgramSearchPath(const QString &name);

} // namespace gtzan
