#pragma once
#include "common/Matrix.h"
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace gtzan {

// NumPy .npy files (format 1.0/2.0), so the engine's arrays can be checked against Python's.
// Reading accepts little-endian float32, float64, int16, int32 and int64 in C order and returns float32.
// Writing: float32 files; and, in memory (members of an .npz, Npz.h), float32, int64 and unicode arrays.
struct NpyArray {
    std::vector<int64_t> shape;
    std::vector<float> data;
};

// The number of elements of a shape, or nothing when a dimension is negative or the byte size
// of the array (up to 8 bytes an element) would not fit in size_t.
std::optional<size_t> elementCount(const std::vector<int64_t> &shape);
constexpr int kMaxNpyDims = 32; // NumPy's own limit for decades

NpyArray readNpy(const QString &path); // throws gtzan::Error
void writeNpy(const QString &path, const float *data,
              const std::vector<int64_t> &shape); // atomic (QSaveFile); throws gtzan::Error
inline void writeNpy(const QString &path, const Matrix &m) { writeNpy(path, m.data.data(), {m.rows, m.cols}); }

// What comes before an array's data in a .npy: magic, version, the header dict padded so the data
// starts on a 64-byte boundary (as NumPy writes it). `descr` is NumPy's: "<f4", "<i8", "<U12".
// Knowing the shape is enough, so a large array can follow in pieces (NpzWriter::begin).
// Throws gtzan::Error for a shape that cannot exist.
QByteArray npyHeader(const QString &descr, const std::vector<int64_t> &shape);
// Whole .npy files in memory.
QByteArray npyFloat32(const float *data, const std::vector<int64_t> &shape);
QByteArray npyInt64(const std::vector<int64_t> &values); // shape (n,)
// Strings as NumPy's fixed-width unicode ('<U' + the longest's length in code points, UTF-32),
// which numpy.load reads without pickle, unlike an object array.
QByteArray npyUnicode(const QStringList &strings); // shape (n,)
QByteArray npyUnicodeScalar(const QString &text);  // shape (): str(array) or array.item() is the text

} // namespace gtzan
