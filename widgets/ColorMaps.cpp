#include "widgets/ColorMaps.h"
#include <initializer_list>

namespace gtzan {
namespace widgets {

namespace colormaps {

namespace {
QCPColorGradient fromStops(std::initializer_list<const char *> stops) {
    QCPColorGradient g;
    g.clearColorStops();
    const int n = int(stops.size());
    int i = 0;
    for (const char *hex : stops) g.setColorStopAt(double(i++) / (n - 1), QColor(QLatin1String(hex)));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    return g;
}
} // namespace

QStringList names() { return {QStringLiteral("magma"), QStringLiteral("viridis"), QStringLiteral("inferno"), QStringLiteral("grayscale")}; }

QCPColorGradient gradient(const QString &name) {
    if (name == QLatin1String("viridis"))
        return fromStops({"#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#fde725"});
    if (name == QLatin1String("inferno"))
        return fromStops({"#000004", "#1f0c48", "#550f6d", "#88226a", "#ba3655", "#e35933", "#f98e09", "#f8c932", "#fcffa4"});
    if (name == QLatin1String("grayscale")) return fromStops({"#000000", "#ffffff"});
    return fromStops({"#000004", "#1c1044", "#4f127b", "#812581", "#b5367a", "#e55964", "#fb8761", "#fec287", "#fcfdbf"});
}

QCPColorGradient diverging() {
    return fromStops({"#053061", "#2166ac", "#4393c3", "#92c5de", "#f7f7f7", "#f4a582", "#d6604d", "#b2182b", "#67001f"});
}

} // namespace colormaps

} // namespace widgets
} // namespace gtzan
