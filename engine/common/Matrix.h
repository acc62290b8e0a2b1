#pragma once
#include <cstddef>
#include <vector>

namespace gtzan {

// A dense row-major float matrix: the engine's plain currency for spectrograms
// (rows = frequency bins or mel bands, cols = frames), free of any tensor library.
struct Matrix {
    int rows = 0;
    int cols = 0;
    std::vector<float> data;

    Matrix() = default;
    Matrix(int r, int c, float fill = 0.0f) : rows(r), cols(c), data(size_t(r) * size_t(c), fill) {}

    float &at(int r, int c) { return data[size_t(r) * size_t(cols) + size_t(c)]; }
    float at(int r, int c) const { return data[size_t(r) * size_t(cols) + size_t(c)]; }
    float *row(int r) { return data.data() + size_t(r) * size_t(cols); }
    const float *row(int r) const { return data.data() + size_t(r) * size_t(cols); }
    bool empty() const { return data.empty(); }
};

} // namespace gtzan
