#include "app/gui/FigureSizeDialog.h"
#include "widgets/FigureExport.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const char *kSizeKey = "export/figureSize";
}

QSize FigureSizeDialog::remembered() {
    const QSize s = QSettings().value(QLatin1String(kSizeKey), QSize(1600, 900)).toSize();
    const auto ok = [](int v) { return v >= widgets::kMinFigureSide && v <= widgets::kMaxFigureSide; };
    return ok(s.width()) && ok(s.height()) ? s : QSize(1600, 900);
}

FigureSizeDialog::FigureSizeDialog(QWidget *parent) : QDialog(parent), m_width(new QSpinBox), m_height(new QSpinBox) {
    setWindowTitle(tr("Figure size"));
    auto *presets = new QComboBox;
    presets->addItem(tr("Slide (1600 x 900)"), QSize(1600, 900));
    presets->addItem(tr("Full HD (1920 x 1080)"), QSize(1920, 1080));
    presets->addItem(tr("Page (2400 x 1600)"), QSize(2400, 1600));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(widgets::kMinFigureSide, widgets::kMaxFigureSide);
        box->setSingleStep(100);
        box->setSuffix(tr(" px"));
    }
    const QSize last = remembered();
    m_width->setValue(last.width());
    m_height->setValue(last.height());
    connect(presets, QOverload<int>::of(&QComboBox::activated), this, [this, presets](int i) {
        const QSize s = presets->itemData(i).toSize();
        m_width->setValue(s.width());
        m_height->setValue(s.height());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Preset:"), presets);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QLatin1String(kSizeKey), figureSize());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize FigureSizeDialog::figureSize() const { return QSize(m_width->value(), m_height->value()); }

} // namespace gui
} // namespace gtzan
