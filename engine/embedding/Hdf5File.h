#pragma once
#include "embedding/Hdf5Snapshot.h"
#include <QString>
#include <QStringList>

namespace gtzan {

// A read-only HDF5 file. The file is read once, when it is opened, by gtzan-hdf5-reader in a
// process of its own (see Hdf5Snapshot for why); what it found is then asked here. Every failure
// becomes a gtzan::Error naming the file: missing, not HDF5, damaged (truncated, or so broken that
// the HDF5 library itself failed on it), or lacking what was asked for.
class Hdf5File {
public:
    explicit Hdf5File(const QString &path); // throws gtzan::Error

    const QString &path() const { return m_path; }
    bool hasObject(const QString &objectPath) const;
    QStringList childNames(const QString &groupPath) const; // throws when not a group
    Hdf5Array readFloats(const QString &datasetPath) const; // converted to float32; throws
    QString readStringAttribute(const QString &name) const; // of the root, fixed-length; else empty

private:
    QString m_path;
    Hdf5Snapshot m_snapshot;
};

} // namespace gtzan
