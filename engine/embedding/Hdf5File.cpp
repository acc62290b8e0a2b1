#include "embedding/Hdf5File.h"
#include "common/Error.h"
#include <QFile>
#include <QFileInfo>
#include <hdf5.h>
#include <mutex>

namespace gtzan {

namespace {
std::mutex &hdf5Mutex() {
    static std::mutex m;
    return m;
}

void silenceHdf5() {
    // HDF5 prints its error stack to stderr by default; we report errors in our own words.
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

// Closes an HDF5 handle when leaving scope.
struct Handle {
    hid_t id;
    herr_t (*close)(hid_t);
    ~Handle() {
        if (id >= 0) close(id);
    }
};
} // namespace

Hdf5File::Hdf5File(const QString &path) : m_path(path) {
    const QFileInfo info(path);
    if (!info.exists()) throw Error(QStringLiteral("%1: the file does not exist").arg(path));
    if (!info.isFile()) throw Error(QStringLiteral("%1: not a regular file").arg(path));
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    silenceHdf5();
    const QByteArray native = QFile::encodeName(path);
    const htri_t isHdf5 = H5Fis_hdf5(native.constData());
    if (isHdf5 <= 0) throw Error(QStringLiteral("%1: not an HDF5 file (no HDF5 signature found)").arg(path));
    m_file = H5Fopen(native.constData(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (m_file < 0)
        throw Error(QStringLiteral("%1: the HDF5 file is damaged and cannot be opened (is it truncated or incompletely copied?)").arg(path));
}

Hdf5File::~Hdf5File() {
    if (m_file >= 0) {
        std::lock_guard<std::mutex> lock(hdf5Mutex());
        H5Fclose(hid_t(m_file));
    }
}

bool Hdf5File::hasObject(const QString &objectPath) const {
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    // H5Lexists must be asked level by level: an absent parent is an error, not "false".
    const QStringList parts = objectPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QByteArray sofar;
    for (const QString &p : parts) {
        sofar += '/';
        sofar += p.toUtf8();
        if (H5Lexists(hid_t(m_file), sofar.constData(), H5P_DEFAULT) <= 0) return false;
    }
    return true;
}

QStringList Hdf5File::childNames(const QString &groupPath) const {
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    const QByteArray name = groupPath.toUtf8();
    Handle group{H5Gopen2(hid_t(m_file), name.constData(), H5P_DEFAULT), H5Gclose};
    if (group.id < 0) throw Error(QStringLiteral("%1: has no group \"%2\"").arg(m_path, groupPath));
    QStringList names;
    auto collect = [](hid_t, const char *childName, const H5L_info_t *, void *out) -> herr_t {
        static_cast<QStringList *>(out)->append(QString::fromUtf8(childName));
        return 0;
    };
    if (H5Literate(group.id, H5_INDEX_NAME, H5_ITER_INC, nullptr, collect, &names) < 0)
        throw Error(QStringLiteral("%1: the group \"%2\" cannot be listed (damaged file?)").arg(m_path, groupPath));
    return names;
}

Hdf5Array Hdf5File::readFloats(const QString &datasetPath) const {
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    const QByteArray name = datasetPath.toUtf8();
    Handle set{H5Dopen2(hid_t(m_file), name.constData(), H5P_DEFAULT), H5Dclose};
    if (set.id < 0) throw Error(QStringLiteral("%1: has no data set \"%2\"").arg(m_path, datasetPath));
    Handle type{H5Dget_type(set.id), H5Tclose};
    if (type.id < 0 || H5Tget_class(type.id) != H5T_FLOAT)
        throw Error(QStringLiteral("%1: the data set \"%2\" does not hold floating-point numbers").arg(m_path, datasetPath));
    Handle space{H5Dget_space(set.id), H5Sclose};
    const int rank = space.id < 0 ? -1 : H5Sget_simple_extent_ndims(space.id);
    if (rank < 0 || rank > 8) throw Error(QStringLiteral("%1: the data set \"%2\" has an unreadable shape").arg(m_path, datasetPath));
    hsize_t dims[8] = {};
    if (H5Sget_simple_extent_dims(space.id, dims, nullptr) != rank)
        throw Error(QStringLiteral("%1: the data set \"%2\" has an unreadable shape").arg(m_path, datasetPath));
    // A damaged header can announce any extents: check the size dimension by dimension, so that
    // the product cannot wrap around to something small (and the buffer be overrun by H5Dread).
    constexpr size_t kMaxValues = size_t(1) << 30;
    Hdf5Array out;
    size_t count = 1;
    for (int i = 0; i < rank; ++i) {
        if (dims[i] > kMaxValues || (dims[i] && count > kMaxValues / dims[i]))
            throw Error(QStringLiteral("%1: the data set \"%2\" is implausibly large").arg(m_path, datasetPath));
        out.shape.push_back(int64_t(dims[i]));
        count *= size_t(dims[i]);
    }
    out.data.resize(count);
    if (count && H5Dread(set.id, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data.data()) < 0)
        throw Error(QStringLiteral("%1: the data set \"%2\" cannot be read: the file is damaged (truncated?)").arg(m_path, datasetPath));
    return out;
}

QString Hdf5File::readStringAttribute(const QString &attrName) const {
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    const QByteArray name = attrName.toUtf8();
    if (H5Aexists(hid_t(m_file), name.constData()) <= 0) return {};
    Handle attr{H5Aopen(hid_t(m_file), name.constData(), H5P_DEFAULT), H5Aclose};
    if (attr.id < 0) return {};
    Handle type{H5Aget_type(attr.id), H5Tclose};
    if (type.id < 0 || H5Tget_class(type.id) != H5T_STRING) return {};
    // H5Aread writes every element of the attribute: one string is all the buffers below hold, so
    // an array of strings (a damaged or foreign file) is not read at all.
    Handle space{H5Aget_space(attr.id), H5Sclose};
    if (space.id < 0 || H5Sget_simple_extent_npoints(space.id) != 1) return {};
    // Variable-length strings are not read: HDF5 1.10.8 fetches them from the file's global heap
    // trusting its sizes, and a damaged heap made H5Aread (H5HG_read) memcpy ~2^63 bytes (found by
    // tests/fuzz/fuzz_hdf5; reproducer corpus/hdf5/vlen-string-bad-heap.h5). Keras writes its
    // attributes as fixed-length strings, and nothing needs the others.
    if (H5Tis_variable_str(type.id) != 0) return {};
    const size_t size = H5Tget_size(type.id);
    if (size == 0 || size > (size_t(1) << 20)) return {};   // no sensible text attribute is over 1 MiB
    QByteArray buf(int(size), '\0');
    if (H5Aread(attr.id, type.id, buf.data()) < 0) return {};
    return QString::fromUtf8(buf.constData(), int(qstrnlen(buf.constData(), uint(size))));
}

} // namespace gtzan
