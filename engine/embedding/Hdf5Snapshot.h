#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <map>
#include <vector>

namespace gtzan {

// A float array read from an HDF5 data set: its shape (outermost first) and values in C order.
struct Hdf5Array {
    std::vector<int64_t> shape;
    std::vector<float> data;
};

// What an HDF5 file holds, as plain data: every group and data set reachable by hard links from
// the root, the float data sets' values, and the root's text attributes. The program
// gtzan-hdf5-reader (app/hdf5-reader) makes it in a process of its own, so that libhdf5 never
// parses a file inside ours: HDF5 1.10.8 has memory errors on damaged files (the fuzzer found a
// use-after-free in it), and a damaged download must not take the window down. This is the one
// format between the two programs; decode() trusts nothing in the bytes.
struct Hdf5Snapshot {
    enum class Kind : uint8_t { Group = 1, DataSet = 2, Other = 3 };
    // Why a group or data set could not be read; the messages are Hdf5File's.
    enum class Problem : uint8_t { None = 0, NotFloat, BadShape, TooLarge, Unreadable };

    struct Node {
        Kind kind = Kind::Other;
        Problem problem = Problem::None;
        QStringList children; // a group's members, in name order
        Hdf5Array array;      // a data set's values (when problem is None)
    };

    // By absolute path: "/", "/model_weights", "/model_weights/dense", ...
    std::map<QString, Node> nodes;
    // The root group's fixed-length text attributes (keras_version, backend, ...).
    std::map<QString, QString> rootAttributes;

    // Bounds that both sides keep: the reader stops adding values beyond kMaxValues in all (a
    // data set past it is TooLarge) and nodes beyond kMaxNodes; decode() refuses more.
    static constexpr uint64_t kMaxValues = uint64_t(1) << 26; // 256 MiB of float32
    static constexpr uint32_t kMaxNodes = 20000;
    static constexpr uint32_t kMaxAttributes = 256;
    static constexpr int kMaxRank = 8;

    QByteArray encode() const;
    // Throws gtzan::Error (a message without a file name: the caller adds it) for bytes that are
    // not a complete, consistent snapshot.
    static Hdf5Snapshot decode(const QByteArray &bytes);

    // "/a/b" for "a/b", "/a/b/", "a//b" and "/a/b"; "/" for "" and "/".
    static QString normalPath(const QString &path);
};

} // namespace gtzan
