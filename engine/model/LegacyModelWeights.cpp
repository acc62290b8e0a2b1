#include "model/LegacyModelWeights.h"
#include "common/Error.h"
#include <sstream>

namespace gtzan {

std::vector<torch::Tensor> readLegacyModelWeights(const QByteArray &archive) {
    std::vector<torch::Tensor> values;
    try {
        std::istringstream stream(std::string(archive.constData(), size_t(archive.size())));
        torch::load(values, stream);
    } catch (const std::exception &) {
        throw Error(QStringLiteral("the weights cannot be read (the tensor data is damaged)"));
    }
    return values;
}

} // namespace gtzan
