#include "widgets/AugmentationPanel.h"
#include "augment/SeededRandom.h"
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace gtzan {
namespace widgets {

using gtzan::AugmentKind;

namespace {
constexpr int kMaskCount = 2; // masks of each kind, as SpecAugment's usual setting
}

AugmentationPanel::AugmentationPanel(QWidget *parent)
    : QWidget(parent), m_seed(new QSpinBox), m_preset(new QComboBox), m_randomise(new QPushButton(tr("Randomise"))),
      m_ab(new QPushButton(tr("A/B: showing A (original)"))), m_playB(new QPushButton(tr("Play augmented (B)"))),
      m_export(new QPushButton(tr("Export augmented WAV..."))), m_compare(new QPushButton(tr("Compare A and B (C)"))), m_settle(new QTimer(this)) {
    auto *outer = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    outer->addLayout(grid);
    setLayout(outer);
    // Off by default: the clip is heard as it is until a person switches something on.
    // Each says what it does to the sound and what the reference report (GCT634, 2020) used.
    addRow(AugmentKind::Noise, tr("White noise SNR"), 0, 40, 0.5, 20, tr("dB"), false,
           tr("Adds white noise at this signal-to-noise ratio (lower: louder noise). The reference report used white noise "
              "on its augmented copies; ours draws 15-30 dB."));
    addRow(AugmentKind::Shift, tr("Time shift"), -5, 5, 0.1, 1.0, tr("s"), false,
           tr("Rolls the clip in time by this many seconds; what falls off one end comes back at the other. The reference "
              "report used time shift on its augmented copies; ours draws -3..3 s."));
    addRow(AugmentKind::Stretch, tr("Time stretch"), 0.5, 2.0, 0.01, 1.2, tr("x"), false,
           tr("Plays faster (above 1) or slower (below 1) without changing the pitch (Rubber Band). The reference report "
              "used time stretch on its augmented copies; ours draws 0.8-1.25."));
    addRow(AugmentKind::Pitch, tr("Pitch shift"), -12, 12, 0.5, 2, tr("semitones"), false,
           tr("Moves every pitch up or down by this many semitones without changing the tempo (Rubber Band). Not in the "
              "reference report's recipe."));
    addRow(AugmentKind::Gain, tr("Gain"), -20, 20, 0.5, -6, tr("dB"), false,
           tr("Makes the clip louder or quieter. Not in the reference report's recipe; the mel features in dB move by the "
              "same amount."));
    addRow(AugmentKind::FrequencyMask, tr("Frequency masks (2)"), 1, 40, 1, 12, tr("bands"), false,
           tr("SpecAugment: blanks two bands of mel rows this wide in the features. It changes what the model sees, not "
              "the sound. The reference report named SpecAugment as future work."));
    addRow(AugmentKind::TimeMask, tr("Time masks (2)"), 1, 100, 1, 20, tr("frames"), false,
           tr("SpecAugment: blanks two stretches of frames this long in the features. It changes what the model sees, not "
              "the sound. The reference report named SpecAugment as future work."));
    int row = 0;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it, ++row) {
        grid->addWidget(it->toggle, row, 0);
        grid->addWidget(it->slider, row, 1);
        grid->addWidget(it->value, row, 2);
    }
    grid->setColumnStretch(1, 1);

    auto *seedRow = new QHBoxLayout;
    for (const QString &name : gtzan::AugmentationChain::presetNames()) m_preset->addItem(name, name);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    m_seed->setRange(0, 999999);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_randomise->setObjectName(QStringLiteral("randomiseButton"));
    m_randomise->setToolTip(tr("Next seed, then draw the preset's intensities for this clip, as training would"));
    seedRow->addWidget(new QLabel(tr("Preset")));
    seedRow->addWidget(m_preset);
    seedRow->addWidget(new QLabel(tr("Seed")));
    seedRow->addWidget(m_seed);
    seedRow->addWidget(m_randomise);
    outer->addLayout(seedRow);
    m_ab->setCheckable(true);
    m_ab->setObjectName(QStringLiteral("abButton"));
    m_ab->setToolTip(tr("Switch between the original (A) and the augmented clip (B)"));
    m_playB->setObjectName(QStringLiteral("playAugmentedButton"));
    m_playB->setToolTip(tr("Play the augmented clip (key B; key A plays the original)"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setCheckable(true);
    m_compare->setToolTip(tr("Show A and B together: both waveforms, both spectrograms on one colour scale, and their difference (key C)"));
    for (QPushButton *b : {m_randomise, m_ab, m_playB, m_export, m_compare}) b->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(m_ab);
    outer->addWidget(m_compare);
    outer->addWidget(m_playB);
    outer->addWidget(m_export);
    auto *maskNote = new QLabel(tr("Masks change the features, not the sound."));
    maskNote->setObjectName(QStringLiteral("maskNote"));
    maskNote->setWordWrap(true);
    outer->addWidget(maskNote);
    outer->addStretch(1);

    m_settle->setSingleShot(true);
    // A throttle, not a debounce: during a drag the draw goes out every 60 ms with the values of
    // that moment, so the sound and the pictures follow the slider while it moves.
    m_settle->setInterval(60);
    connect(m_settle, &QTimer::timeout, this, &AugmentationPanel::drawChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating) settleSoon();
    });
    connect(m_randomise, &QPushButton::clicked, this, &AugmentationPanel::randomise);
    connect(m_ab, &QPushButton::toggled, this, [this](bool b) {
        if (!m_updating) Q_EMIT abToggled(b);
    });
    connect(m_playB, &QPushButton::clicked, this, &AugmentationPanel::playAugmentedRequested);
    connect(m_export, &QPushButton::clicked, this, &AugmentationPanel::exportRequested);
    connect(m_compare, &QPushButton::toggled, this, [this](bool on) {
        if (!m_updating) Q_EMIT compareToggled(on);
    });
}

void AugmentationPanel::addRow(AugmentKind kind, const QString &label, double min, double max, double step, double initial, const QString &unit,
                               bool on, const QString &tip) {
    Row r;
    r.toggle = new QCheckBox(label);
    r.toggle->setToolTip(tip);
    r.slider = new QSlider(Qt::Horizontal);
    r.value = new QLabel;
    r.scale = 1.0 / step;
    r.unit = unit;
    r.slider->setRange(int(std::lround(min * r.scale)), int(std::lround(max * r.scale)));
    r.slider->setValue(int(std::lround(initial * r.scale)));
    r.slider->setMinimumWidth(120);
    r.slider->setToolTip(tip);
    r.value->setMinimumWidth(90);
    r.toggle->setChecked(on);
    r.slider->setEnabled(on);
    const QString name = gtzan::augmentKindName(kind);
    r.toggle->setObjectName(name + QStringLiteral("Toggle"));
    r.slider->setObjectName(name + QStringLiteral("Slider"));
    m_rows.insert(int(kind), r);
    connect(r.slider, &QSlider::valueChanged, this, [this, kind] {
        showValue(kind);
        if (!m_updating) settleSoon();
    });
    connect(r.toggle, &QCheckBox::toggled, this, [this, kind](bool checked) {
        m_rows[int(kind)].slider->setEnabled(checked);
        if (!m_updating) settleSoon();
    });
    showValue(kind);
}

double AugmentationPanel::value(AugmentKind kind) const {
    const Row &r = m_rows[int(kind)];
    return r.slider->value() / r.scale;
}

void AugmentationPanel::showValue(AugmentKind kind) {
    const Row &r = m_rows[int(kind)];
    const double v = value(kind);
    const int decimals = r.scale >= 100 ? 2 : r.scale > 1 ? 1 : 0;
    r.value->setText(QStringLiteral("%1 %2").arg(v, 0, 'f', decimals).arg(r.unit));
}

QString AugmentationPanel::valueText(AugmentKind kind) const { return m_rows[int(kind)].value->text(); }

void AugmentationPanel::setValue(AugmentKind kind, double v, bool on) {
    Row &r = m_rows[int(kind)];
    r.toggle->setChecked(on);
    if (on) r.slider->setValue(int(std::lround(v * r.scale)));
}

gtzan::AugmentationDraw AugmentationPanel::draw() const {
    gtzan::AugmentationDraw d;
    const auto on = [this](AugmentKind k) { return m_rows[int(k)].toggle->isChecked(); };
    const std::uint64_t seed = std::uint64_t(m_seed->value());
    if (on(AugmentKind::Stretch)) d.stretchRate = value(AugmentKind::Stretch);
    if (on(AugmentKind::Pitch)) d.pitchSemitones = value(AugmentKind::Pitch);
    if (on(AugmentKind::Shift)) d.shiftSeconds = value(AugmentKind::Shift);
    if (on(AugmentKind::Gain)) d.gainDb = value(AugmentKind::Gain);
    if (on(AugmentKind::Noise)) {
        d.noiseSnrDb = value(AugmentKind::Noise);
        d.noiseSeed = gtzan::deriveSeed(seed, QStringLiteral("noise"));
    }
    if (on(AugmentKind::FrequencyMask)) {
        d.freqMasks = kMaskCount;
        d.freqMaskMin = d.freqMaskMax = int(value(AugmentKind::FrequencyMask));
    }
    if (on(AugmentKind::TimeMask)) {
        d.timeMasks = kMaskCount;
        d.timeMaskMin = d.timeMaskMax = int(value(AugmentKind::TimeMask));
    }
    if (d.hasMasks()) d.maskSeed = gtzan::deriveSeed(seed, QStringLiteral("masks"));
    return d;
}

void AugmentationPanel::setDraw(const gtzan::AugmentationDraw &d) {
    m_updating = true;
    setValue(AugmentKind::Stretch, d.stretchRate.value_or(1.0), bool(d.stretchRate));
    setValue(AugmentKind::Pitch, d.pitchSemitones.value_or(0.0), bool(d.pitchSemitones));
    setValue(AugmentKind::Shift, d.shiftSeconds.value_or(0.0), bool(d.shiftSeconds));
    setValue(AugmentKind::Gain, d.gainDb.value_or(0.0), bool(d.gainDb));
    setValue(AugmentKind::Noise, d.noiseSnrDb.value_or(20.0), bool(d.noiseSnrDb));
    // A drawn mask width is a range; the slider shows its upper end.
    setValue(AugmentKind::FrequencyMask, d.freqMaskMax, d.freqMasks > 0);
    setValue(AugmentKind::TimeMask, d.timeMaskMax, d.timeMasks > 0);
    m_updating = false;
    settleSoon();
}

void AugmentationPanel::randomise() {
    m_updating = true;
    m_seed->setValue(m_seed->value() + 1);
    m_updating = false;
    const gtzan::AugmentationChain chain = gtzan::AugmentationChain::preset(m_preset->currentData().toString(), std::uint64_t(m_seed->value()));
    setDraw(chain.draw(m_clipId.isEmpty() ? QStringLiteral("clip") : m_clipId, 1));
}

void AugmentationPanel::settleSoon() {
    if (!m_settle->isActive()) m_settle->start();
}

void AugmentationPanel::setCompareShown(bool on) {
    m_updating = true;
    m_compare->setChecked(on);
    m_updating = false;
}

void AugmentationPanel::setAugmentedShown(bool b) {
    m_updating = true;
    m_ab->setChecked(b);
    m_ab->setText(b ? tr("A/B: showing B (augmented)") : tr("A/B: showing A (original)"));
    m_updating = false;
}

} // namespace widgets
} // namespace gtzan
