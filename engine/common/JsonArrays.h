#pragma once
#include <QJsonArray>
#include <cstdint>
#include <vector>

namespace gtzan {

// A float vector as a JSON array of numbers (model files, prediction JSON). Reading one back
// checks what the caller needs (finite values, a length bound), so each reader keeps its own.
inline QJsonArray jsonArrayOf(const std::vector<float> &v) {
    QJsonArray a;
    for (float x : v) a.append(double(x));
    return a;
}

// An integer vector (tensor shapes) as a JSON array of whole numbers.
inline QJsonArray jsonArrayOf(const std::vector<int64_t> &v) {
    QJsonArray a;
    for (int64_t x : v) a.append(qint64(x));
    return a;
}

} // namespace gtzan
