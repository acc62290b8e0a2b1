#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <torch/torch.h>
#include <vector>

namespace gtzan {

// Tensors stored as their raw little-endian bytes, one after another, with nothing else: the
// reader is told each tensor's shape and dtype by a description it has already checked (a model
// file's JSON and the network it rebuilds), so it never takes a size from the bytes themselves.
// This replaces torch::save / torch::load for model files: LibTorch's unpickler allocates whatever
// length a damaged archive claims before checking it against the data (fuzz_modelfile found a
// 2 GiB allocation), and nothing outside LibTorch can bound it. Only float32 and int64 tensors
// (network weights and batch-norm counters) are stored.
void appendRawTensor(QByteArray &block, const torch::Tensor &tensor);

class RawTensorReader {
public:
    explicit RawTensorReader(const QByteArray &block) : m_block(block) {}
    // The next tensor, `what` naming it in the error thrown (gtzan::Error) when the block ends
    // first, a dimension is negative, or the dtype is not one this format stores.
    torch::Tensor next(const std::vector<int64_t> &shape, torch::ScalarType dtype, const QString &what);
    qint64 remainingBytes() const { return m_block.size() - m_offset; }

private:
    const QByteArray &m_block;
    qint64 m_offset = 0;
};

// The names a description uses for the stored dtypes ("float32", "int64"); a missing name is
// float32 (files of format 2 listed no dtype), an unknown one throws gtzan::Error.
QString rawDtypeName(torch::ScalarType dtype);
torch::ScalarType rawDtypeFromName(const QString &name, const QString &what);

// A JSON-style shape list ([64, 1, 3, 3]) as dimensions; throws gtzan::Error for anything but at
// most 8 whole numbers in 0..2^31.
std::vector<int64_t> shapeFromJson(const QJsonArray &numbers, const QString &what);

} // namespace gtzan
