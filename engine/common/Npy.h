#pragma once
#include "common/Matrix.h"
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace gtzan {

// NumPy .npy files (format 1.0/2.0), so the engine's arrays can be checked against Python's.
// Reading accepts little-endian float32, float64, int16, int32 and int64 in C order and returns float32.
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

} // namespace gtzan
