#include "Hdf5TreeReader.h"
#include <QByteArray>

namespace gtzan {
namespace hdf5reader {

namespace {
constexpr int kMaxDepth = 16;

// Closes an HDF5 handle when leaving scope.
struct Handle {
    hid_t id;
    herr_t (*close)(hid_t);
    ~Handle() {
        if (id >= 0) close(id);
    }
};

class TreeReader {
public:
    Hdf5Snapshot snapshot;

    void readGroup(hid_t group, const QString &path, int depth) {
        Hdf5Snapshot::Node node;
        node.kind = Hdf5Snapshot::Kind::Group;
        QStringList members;
        auto collect = [](hid_t, const char *name, const H5L_info_t *info, void *out) -> herr_t {
            auto *list = static_cast<QStringList *>(out);
            if (info->type == H5L_TYPE_HARD) list->append(QString::fromUtf8(name));
            return list->size() >= int(Hdf5Snapshot::kMaxNodes) ? 1 : 0; // 1 stops the iteration
        };
        if (depth > kMaxDepth || H5Literate(group, H5_INDEX_NAME, H5_ITER_INC, nullptr, collect, &members) < 0) {
            node.problem = Hdf5Snapshot::Problem::Unreadable;
            add(path, std::move(node));
            return;
        }
        node.children = members;
        if (!add(path, std::move(node))) return;
        for (const QString &member : members) {
            if (snapshot.nodes.size() >= Hdf5Snapshot::kMaxNodes) return;
            const QString childPath = path == QLatin1String("/") ? path + member : path + QLatin1Char('/') + member;
            const QByteArray name = member.toUtf8();
            Handle object{H5Oopen(group, name.constData(), H5P_DEFAULT), H5Oclose};
            const H5I_type_t type = object.id < 0 ? H5I_BADID : H5Iget_type(object.id);
            if (type == H5I_GROUP) {
                readGroup(object.id, childPath, depth + 1);
            } else if (type == H5I_DATASET) {
                readDataSet(object.id, childPath);
            } else {
                Hdf5Snapshot::Node other;
                other.kind = Hdf5Snapshot::Kind::Other; // a named data type, or an object that cannot be opened
                add(childPath, std::move(other));
            }
        }
    }

    void readAttributes(hid_t root) {
        QStringList names;
        auto collect = [](hid_t, const char *name, const H5A_info_t *, void *out) -> herr_t {
            auto *list = static_cast<QStringList *>(out);
            list->append(QString::fromUtf8(name));
            return list->size() >= int(Hdf5Snapshot::kMaxAttributes) ? 1 : 0;
        };
        hsize_t at = 0;
        if (H5Aiterate2(root, H5_INDEX_NAME, H5_ITER_INC, &at, collect, &names) < 0) return;
        for (const QString &name : names) {
            const QString value = readTextAttribute(root, name.toUtf8());
            if (!value.isNull()) snapshot.rootAttributes[name] = value;
        }
    }

private:
    uint64_t m_values = 0;

    bool add(const QString &path, Hdf5Snapshot::Node node) {
        if (snapshot.nodes.size() >= Hdf5Snapshot::kMaxNodes) return false;
        return snapshot.nodes.emplace(path, std::move(node)).second;
    }

    void readDataSet(hid_t set, const QString &path) {
        Hdf5Snapshot::Node node;
        node.kind = Hdf5Snapshot::Kind::DataSet;
        node.problem = readValues(set, node.array);
        if (node.problem != Hdf5Snapshot::Problem::None) node.array = {};
        add(path, std::move(node));
    }

    Hdf5Snapshot::Problem readValues(hid_t set, Hdf5Array &out) {
        using P = Hdf5Snapshot::Problem;
        Handle type{H5Dget_type(set), H5Tclose};
        if (type.id < 0 || H5Tget_class(type.id) != H5T_FLOAT) return P::NotFloat;
        Handle space{H5Dget_space(set), H5Sclose};
        const int rank = space.id < 0 ? -1 : H5Sget_simple_extent_ndims(space.id);
        if (rank < 0 || rank > Hdf5Snapshot::kMaxRank) return P::BadShape;
        hsize_t dims[Hdf5Snapshot::kMaxRank] = {};
        if (H5Sget_simple_extent_dims(space.id, dims, nullptr) != rank) return P::BadShape;
        // A damaged header can announce any extents: check the size dimension by dimension, so
        // that the product cannot wrap around to something small (and H5Dread overrun the buffer).
        const uint64_t budget = Hdf5Snapshot::kMaxValues - m_values;
        uint64_t count = 1;
        for (int i = 0; i < rank; ++i) {
            if (dims[i] > budget || (dims[i] && count > budget / dims[i])) return P::TooLarge;
            out.shape.push_back(int64_t(dims[i]));
            count *= dims[i];
        }
        out.data.resize(size_t(count));
        if (count && H5Dread(set, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data.data()) < 0) return P::Unreadable;
        m_values += count;
        return P::None;
    }

    // A fixed-length text attribute of one string; a null QString for anything else.
    static QString readTextAttribute(hid_t root, const QByteArray &name) {
        Handle attr{H5Aopen(root, name.constData(), H5P_DEFAULT), H5Aclose};
        if (attr.id < 0) return {};
        Handle type{H5Aget_type(attr.id), H5Tclose};
        if (type.id < 0 || H5Tget_class(type.id) != H5T_STRING) return {};
        // H5Aread writes every element of the attribute: one string is all the buffer holds, so
        // an array of strings (a damaged or foreign file) is not read at all.
        Handle space{H5Aget_space(attr.id), H5Sclose};
        if (space.id < 0 || H5Sget_simple_extent_npoints(space.id) != 1) return {};
        // Variable-length strings are not read: HDF5 1.10.8 fetches them from the file's global
        // heap trusting its sizes, and a damaged heap made H5Aread (H5HG_read) memcpy ~2^63 bytes
        // (found by tests/fuzz/fuzz_hdf5; corpus/hdf5/vlen-string-bad-heap.h5). Keras writes its
        // attributes as fixed-length strings.
        if (H5Tis_variable_str(type.id) != 0) return {};
        const size_t size = H5Tget_size(type.id);
        if (size == 0 || size > (size_t(1) << 20)) return {}; // no sensible text attribute is over 1 MiB
        QByteArray buf(int(size), '\0');
        if (H5Aread(attr.id, type.id, buf.data()) < 0) return {};
        return QString::fromUtf8(buf.constData(), int(qstrnlen(buf.constData(), uint(size))));
    }
};
} // namespace

Hdf5Snapshot readTree(hid_t file) {
    TreeReader reader;
    Handle root{H5Gopen2(file, "/", H5P_DEFAULT), H5Gclose};
    if (root.id < 0) {
        Hdf5Snapshot::Node node;
        node.kind = Hdf5Snapshot::Kind::Group;
        node.problem = Hdf5Snapshot::Problem::Unreadable;
        reader.snapshot.nodes.emplace(QStringLiteral("/"), std::move(node));
        return reader.snapshot;
    }
    reader.readAttributes(root.id);
    reader.readGroup(root.id, QStringLiteral("/"), 0);
    return reader.snapshot;
}

} // namespace hdf5reader
} // namespace gtzan
