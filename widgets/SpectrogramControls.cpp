#include "widgets/SpectrogramControls.h"
#include "widgets/ColorMaps.h"
#include "widgets/FlowLayout.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace gtzan {
namespace widgets {

namespace {
// The defaults: the native preset's display (22.05 kHz, 1024 / 512, 128 bands), magma, 80 dB.
constexpr int kDefaultFft = 1024, kDefaultHop = 512, kDefaultMels = 128, kDefaultRangeDb = 80;
const char *const kDefaultColorMap = "magma";

QComboBox *numberBox(const QList<int> &values, int current) {
    auto *box = new QComboBox;
    for (int v : values) box->addItem(QString::number(v), v);
    box->setCurrentIndex(values.indexOf(current));
    return box;
}
} // namespace

SpectrogramControls::SpectrogramControls(QWidget *parent)
    : QWidget(parent), m_axis(new QComboBox), m_colors(new QComboBox), m_range(new QSpinBox),
      m_fft(numberBox({256, 512, 1024, 2048, 4096}, kDefaultFft)), m_hop(numberBox({64, 128, 256, 512, 1024}, kDefaultHop)), m_mels(new QSpinBox) {
    // One row in a wide window, two or more in a narrow one: six labelled boxes in a row would
    // make every view holding them (and so the main window) at least about 700 px wide.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_axis->addItem(tr("Mel"), QStringLiteral("mel"));
    m_axis->addItem(tr("Linear"), QStringLiteral("linear"));
    m_axis->addItem(tr("Log"), QStringLiteral("log"));
    // The teaching layers of the same view (see DisplaySpectrogram.h).
    m_axis->insertSeparator(m_axis->count());
    m_axis->addItem(tr("Chroma"), QStringLiteral("chroma"));
    m_axis->addItem(tr("MFCC"), QStringLiteral("mfcc"));
    m_axis->addItem(tr("Onsets and beats"), QStringLiteral("onset"));
    m_axis->addItem(tr("Tempogram"), QStringLiteral("tempogram"));
    m_axis->setObjectName(QStringLiteral("axisBox"));
    for (const QString &name : colormaps::names()) m_colors->addItem(name, name);
    m_colors->setObjectName(QStringLiteral("colorMapBox"));
    m_range->setRange(20, 120);
    m_range->setSingleStep(10);
    m_range->setValue(kDefaultRangeDb);
    m_range->setSuffix(tr(" dB"));
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_fft->setObjectName(QStringLiteral("fftBox"));
    m_hop->setObjectName(QStringLiteral("hopBox"));
    m_mels->setRange(16, 256);
    m_mels->setValue(kDefaultMels);
    m_mels->setObjectName(QStringLiteral("melBox"));
    auto add = [layout](const QString &label, QWidget *w) { // a label stays with its box
        auto *pair = new QWidget;
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        auto *caption = new QLabel(label);
        caption->setBuddy(w);
        row->addWidget(caption);
        row->addWidget(w);
        layout->addWidget(pair);
    };
    add(tr("Layer"), m_axis);
    add(tr("Colours"), m_colors);
    add(tr("Range"), m_range);
    add(tr("FFT"), m_fft);
    add(tr("Hop"), m_hop);
    add(tr("Mel bands"), m_mels);
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

void SpectrogramControls::saveSettings(QSettings &settings) const {
    settings.setValue(QStringLiteral("axis"), m_axis->currentData());
    settings.setValue(QStringLiteral("colorMap"), colorMap());
    settings.setValue(QStringLiteral("rangeDb"), m_range->value());
    settings.setValue(QStringLiteral("fft"), m_fft->currentData());
    settings.setValue(QStringLiteral("hop"), m_hop->currentData());
    settings.setValue(QStringLiteral("melBands"), m_mels->value());
}

void SpectrogramControls::restoreSettings(const QSettings &settings) {
    // Read everything first: each change below emits a signal whose receiver may save the settings.
    const QVariant axis = settings.value(QStringLiteral("axis")), colors = settings.value(QStringLiteral("colorMap")),
                   fft = settings.value(QStringLiteral("fft")), hop = settings.value(QStringLiteral("hop")),
                   range = settings.value(QStringLiteral("rangeDb")), mels = settings.value(QStringLiteral("melBands"));
    // An INI file gives every value back as a string: compare in the box's own type.
    const auto pick = [](QComboBox *box, const QVariant &v, bool numeric) {
        const int i = numeric ? box->findData(v.toInt()) : box->findData(v.toString());
        if (v.isValid() && i >= 0) box->setCurrentIndex(i);
    };
    const auto setIfInRange = [](QSpinBox *box, const QVariant &v) {
        bool ok = false;
        const int value = v.toInt(&ok);
        if (ok && value >= box->minimum() && value <= box->maximum()) box->setValue(value);
    };
    pick(m_axis, axis, false);
    pick(m_colors, colors, false);
    pick(m_fft, fft, true);
    pick(m_hop, hop, true);
    setIfInRange(m_range, range);
    setIfInRange(m_mels, mels);
}

void SpectrogramControls::resetToDefaults() {
    m_axis->setCurrentIndex(0); // mel
    m_colors->setCurrentIndex(std::max(0, m_colors->findData(QString::fromLatin1(kDefaultColorMap))));
    m_range->setValue(kDefaultRangeDb);
    m_fft->setCurrentIndex(m_fft->findData(kDefaultFft));
    m_hop->setCurrentIndex(m_hop->findData(kDefaultHop));
    m_mels->setValue(kDefaultMels);
}

} // namespace widgets
} // namespace gtzan
