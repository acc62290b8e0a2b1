#pragma once
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace gtzan {

// A float array read from an HDF5 data set: its shape (outermost first) and values in C order.
struct Hdf5Array {
    std::vector<int64_t> shape;
    std::vector<float> data;
};

// A read-only HDF5 file, through the HDF5 C API. Every failure becomes a gtzan::Error naming the
// file: missing, not HDF5, damaged (truncated), or lacking what was asked for. HDF5's own error
// stacks on stderr are silenced, and all calls are serialised (Debian's HDF5 is not thread-safe).
class Hdf5File {
public:
    explicit Hdf5File(const QString &path);   // throws gtzan::Error
    ~Hdf5File();
    Hdf5File(const Hdf5File &) = delete;
    Hdf5File &operator=(const Hdf5File &) = delete;

    const QString &path() const { return m_path; }
    bool hasObject(const QString &objectPath) const;
    QStringList childNames(const QString &groupPath) const;           // throws when not a group
    Hdf5Array readFloats(const QString &datasetPath) const;           // converted to float32; throws
    QString readStringAttribute(const QString &name) const;           // of the root, fixed-length; else empty

private:
    QString m_path;
    int64_t m_file = -1;   // hid_t
};

} // namespace gtzan
