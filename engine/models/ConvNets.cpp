// The plain convolutional bodies. cnn1d and cnn2d are layer for layer those of
// ../shared/peers/train_peer.py, so their parameter counts match the Python peer.
#include "common/Error.h"
#include "models/ModelBodies.h"
#include <vector>

namespace gtzan {
namespace nn = torch::nn;

namespace {

// n x [Conv1d - BatchNorm - ReLU - MaxPool(2)] over the time axis, mel bands as channels.
ModelBody conv1dStack(int inChannels, const std::vector<int> &kernels, const std::vector<int> &channels) {
    nn::Sequential net;
    int c = inChannels;
    for (size_t i = 0; i < kernels.size(); ++i) {
        const int k = kernels[i], o = channels[i];
        net->push_back(nn::Conv1d(nn::Conv1dOptions(c, o, k).padding(k / 2)));
        net->push_back(nn::BatchNorm1d(o));
        net->push_back(nn::ReLU());
        net->push_back(nn::MaxPool1d(2));
        c = o;
    }
    net->push_back(nn::AdaptiveAvgPool1d(1));
    net->push_back(nn::Flatten());
    return {net, c, false};
}

// The same with 2D convolutions on the spectrogram as a 1-channel image.
ModelBody conv2dStack(const std::vector<int> &kernels, const std::vector<int> &channels) {
    nn::Sequential net;
    int c = 1;
    for (size_t i = 0; i < kernels.size(); ++i) {
        const int k = kernels[i], o = channels[i];
        net->push_back(nn::Conv2d(nn::Conv2dOptions(c, o, k).padding(k / 2)));
        net->push_back(nn::BatchNorm2d(o));
        net->push_back(nn::ReLU());
        net->push_back(nn::MaxPool2d(2));
        c = o;
    }
    net->push_back(nn::AdaptiveAvgPool2d(1));
    net->push_back(nn::Flatten());
    return {net, c, true};
}

// torchvision's VGG feature layers with batch norm (0 = max pool). The classifier differs: a
// global average pool and one linear layer instead of 7x7 pooling and two 4096-unit layers,
// which would hold 120 M parameters for a 96 x 125 spectrogram and train poorly from scratch.
ModelBody vggBody(const std::vector<int> &layout) {
    nn::Sequential net;
    int c = 1;
    for (int v : layout) {
        if (v == 0) {
            net->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
            continue;
        }
        net->push_back(nn::Conv2d(nn::Conv2dOptions(c, v, 3).padding(1)));
        net->push_back(nn::BatchNorm2d(v));
        net->push_back(nn::ReLU(nn::ReLUOptions(true)));
        c = v;
    }
    net->push_back(nn::AdaptiveAvgPool2d(1));
    net->push_back(nn::Flatten());
    return {net, c, true};
}

} // namespace

ModelBody convBody(const QString &name, int nMels) {
    if (name == QLatin1String("baseline1d")) return conv1dStack(nMels, {7, 5, 3}, {32, 32, 32});
    if (name == QLatin1String("cnn1d")) return conv1dStack(nMels, {7, 5, 3, 3}, {32, 64, 128, 256});
    if (name == QLatin1String("cnn2d")) return conv2dStack({7, 5, 3, 3}, {32, 64, 128, 256});
    if (name == QLatin1String("vgg13")) return vggBody({64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0});
    if (name == QLatin1String("vgg16")) return vggBody({64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0});
    if (name == QLatin1String("vgg19")) return vggBody({64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0});
    throw Error(QStringLiteral("\"%1\" is not a convolutional model of the zoo").arg(name));
}

} // namespace gtzan
