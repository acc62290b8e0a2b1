#include "SpectrogramControls.h"
#include "ColorMaps.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace {
QComboBox *numberBox(const QList<int> &values, int current) {
    auto *box = new QComboBox;
    for (int v : values) box->addItem(QString::number(v), v);
    box->setCurrentIndex(values.indexOf(current));
    return box;
}
} // namespace

SpectrogramControls::SpectrogramControls(QWidget *parent)
    : QWidget(parent), m_axis(new QComboBox), m_colors(new QComboBox), m_range(new QSpinBox),
      m_fft(numberBox({256, 512, 1024, 2048, 4096}, 1024)), m_hop(numberBox({64, 128, 256, 512, 1024}, 512)), m_mels(new QSpinBox) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_axis->addItem(tr("Mel"), QStringLiteral("mel"));
    m_axis->addItem(tr("Linear"), QStringLiteral("linear"));
    m_axis->addItem(tr("Log"), QStringLiteral("log"));
    m_axis->setObjectName(QStringLiteral("axisBox"));
    for (const QString &name : colormaps::names()) m_colors->addItem(name, name);
    m_colors->setObjectName(QStringLiteral("colorMapBox"));
    m_range->setRange(20, 120);
    m_range->setSingleStep(10);
    m_range->setValue(80);
    m_range->setSuffix(tr(" dB"));
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_fft->setObjectName(QStringLiteral("fftBox"));
    m_hop->setObjectName(QStringLiteral("hopBox"));
    m_mels->setRange(16, 256);
    m_mels->setValue(128);
    m_mels->setObjectName(QStringLiteral("melBox"));
    auto add = [layout](const QString &label, QWidget *w) {
        layout->addWidget(new QLabel(label));
        layout->addWidget(w);
    };
    add(tr("Frequency"), m_axis);
    add(tr("Colours"), m_colors);
    add(tr("Range"), m_range);
    add(tr("FFT"), m_fft);
    add(tr("Hop"), m_hop);
    add(tr("Mel bands"), m_mels);
    layout->addStretch(1);
    const auto changed = [this] { Q_EMIT specChanged(); };
    connect(m_axis, &QComboBox::currentIndexChanged, this, changed);
    connect(m_fft, &QComboBox::currentIndexChanged, this, changed);
    connect(m_hop, &QComboBox::currentIndexChanged, this, changed);
    connect(m_mels, &QSpinBox::valueChanged, this, changed);
    connect(m_colors, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT colorMapChanged(colorMap()); });
    connect(m_range, &QSpinBox::valueChanged, this, [this](int v) { Q_EMIT dynamicRangeChanged(v); });
}

gtzan::DisplaySpectrogramSpec SpectrogramControls::spec() const {
    gtzan::DisplaySpectrogramSpec s;
    s.axis = gtzan::frequencyAxisFromName(m_axis->currentData().toString());
    s.nFft = m_fft->currentData().toInt();
    s.hop = std::min(m_hop->currentData().toInt(), s.nFft);
    s.nMels = std::min(m_mels->value(), s.nFft / 2 + 1);
    return s;
}

QString SpectrogramControls::colorMap() const { return m_colors->currentData().toString(); }
double SpectrogramControls::dynamicRange() const { return m_range->value(); }
