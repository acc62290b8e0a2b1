// ResNet 18/34/50/101 as torchvision builds them, with a 1-channel first convolution
// (7x7, stride 2, no bias), as ../shared/peers/train_peer.py does for resnet34.
#include "common/Error.h"
#include "models/ModelBodies.h"

namespace gtzan {
namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int in, int out, int kernel, int stride) {
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

// A residual block: basic (two 3x3, ResNet 18/34) or bottleneck (1x1 - 3x3 - 1x1 x4, ResNet 50/101).
class ResidualBlockImpl : public nn::Module {
public:
    ResidualBlockImpl(int in, int planes, int stride, bool bottleneck) {
        const int out = bottleneck ? planes * 4 : planes;
        if (bottleneck) {
            m_path = nn::Sequential(conv(in, planes, 1, 1), nn::BatchNorm2d(planes), nn::ReLU(true), conv(planes, planes, 3, stride),
                                    nn::BatchNorm2d(planes), nn::ReLU(true), conv(planes, out, 1, 1), nn::BatchNorm2d(out));
        } else {
            m_path = nn::Sequential(conv(in, planes, 3, stride), nn::BatchNorm2d(planes), nn::ReLU(true), conv(planes, planes, 3, 1),
                                    nn::BatchNorm2d(planes));
        }
        register_module("path", m_path);
        if (stride != 1 || in != out) {
            m_shortcut = nn::Sequential(conv(in, out, 1, stride), nn::BatchNorm2d(out));
            register_module("shortcut", m_shortcut);
        }
    }
    torch::Tensor forward(const torch::Tensor &x) {
        torch::Tensor y = m_path->forward(x);
        y += m_shortcut ? m_shortcut->forward(x) : x;
        return torch::relu(y);
    }

private:
    nn::Sequential m_path{nullptr};
    nn::Sequential m_shortcut{nullptr};
};
TORCH_MODULE(ResidualBlock);

} // namespace

ModelBody resnetBody(int depth) {
    std::array<int, 4> blocks{};
    bool bottleneck = false;
    switch (depth) {
    case 18: blocks = {2, 2, 2, 2}; break;
    case 34: blocks = {3, 4, 6, 3}; break;
    case 50:
        blocks = {3, 4, 6, 3};
        bottleneck = true;
        break;
    case 101:
        blocks = {3, 4, 23, 3};
        bottleneck = true;
        break;
    default: throw Error(QStringLiteral("there is no ResNet of depth %1 (18, 34, 50, 101)").arg(depth));
    }
    nn::Sequential net;
    net->push_back(conv(1, 64, 7, 2));
    net->push_back(nn::BatchNorm2d(64));
    net->push_back(nn::ReLU(true));
    net->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(3).stride(2).padding(1)));
    int in = 64;
    const int expansion = bottleneck ? 4 : 1;
    for (int stage = 0; stage < 4; ++stage) {
        const int planes = 64 << stage;
        for (int b = 0; b < blocks[size_t(stage)]; ++b) {
            net->push_back(ResidualBlock(in, planes, (b == 0 && stage > 0) ? 2 : 1, bottleneck));
            in = planes * expansion;
        }
    }
    net->push_back(nn::AdaptiveAvgPool2d(1));
    net->push_back(nn::Flatten());
    // torchvision's initialisation: He normal (fan out) for convolutions, BN at identity.
    for (auto &m : net->modules(false)) {
        if (auto *c = m->as<nn::Conv2d>()) nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
        else if (auto *bn = m->as<nn::BatchNorm2d>()) {
            nn::init::ones_(bn->weight);
            nn::init::zeros_(bn->bias);
        }
    }
    return {net, in, true};
}

} // namespace gtzan
