#pragma once
#include "augment/AugmentationChain.h"
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace gtzan {
namespace widgets {

// Sliders with on/off switches for the engine's augmentations: white noise SNR, time shift,
// time stretch, pitch shift, gain, and SpecAugment frequency and time masks. Its value is one
// AugmentationDraw (what the engine applies). "Randomise" draws the chosen preset (the
// reference's gct634 recipe by default) with the seed, as training would for this clip.
class AugmentationPanel : public QWidget {
    Q_OBJECT
public:
    explicit AugmentationPanel(QWidget *parent = nullptr);

    gtzan::AugmentationDraw draw() const;
    void setDraw(const gtzan::AugmentationDraw &draw); // sets switches and sliders
    void setClipId(const QString &id) { m_clipId = id; }
    void setAugmentedShown(bool b); // reflects the A/B state

    // Sliders and switches by kind, for tests and wiring.
    QSlider *slider(gtzan::AugmentKind kind) const { return m_rows.value(int(kind)).slider; }
    QCheckBox *toggle(gtzan::AugmentKind kind) const { return m_rows.value(int(kind)).toggle; }
    QString valueText(gtzan::AugmentKind kind) const;
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *presetBox() const { return m_preset; }
    QPushButton *randomiseButton() const { return m_randomise; }
    QPushButton *abButton() const { return m_ab; }
    QPushButton *playAugmentedButton() const { return m_playB; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *compareButton() const { return m_compare; }
    void setCompareShown(bool on); // the button follows the window's compare mode

public Q_SLOTS:
    void randomise(); // next seed, then a draw of the preset for the current clip

Q_SIGNALS:
    void drawChanged(); // at most every 60 ms while sliders move (throttled), not on every pixel of a drag
    void abToggled(bool showAugmented);
    void playAugmentedRequested();
    void exportRequested();
    void compareToggled(bool on);

private:
    struct Row {
        QCheckBox *toggle = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        double scale = 1.0; // slider units per unit of the value
        QString unit;
    };
    void addRow(gtzan::AugmentKind kind, const QString &label, double min, double max, double step, double initial, const QString &unit, bool on,
                const QString &tip);
    void settleSoon(); // drawChanged within the settle interval, carrying the values of that moment
    double value(gtzan::AugmentKind kind) const;
    void setValue(gtzan::AugmentKind kind, double v, bool on);
    void showValue(gtzan::AugmentKind kind);

    QMap<int, Row> m_rows;
    QSpinBox *m_seed;
    QComboBox *m_preset;
    QPushButton *m_randomise;
    QPushButton *m_ab;
    QPushButton *m_playB;
    QPushButton *m_export;
    QPushButton *m_compare;
    QTimer *m_settle;
    QString m_clipId;
    bool m_updating = false;
};

} // namespace widgets
} // namespace gtzan
