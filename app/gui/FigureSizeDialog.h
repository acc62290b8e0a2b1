#pragma once
#include <QDialog>
#include <QSize>

class QSpinBox;

namespace gtzan {
namespace gui {

// Asks the size of a figure to export, in pixels (remembered): presets for a slide, a full-HD
// screen and a printed page, or any size from kMinFigureSide to kMaxFigureSide.
class FigureSizeDialog : public QDialog {
    Q_OBJECT
public:
    explicit FigureSizeDialog(QWidget *parent = nullptr);
    QSize figureSize() const;
    static QSize remembered();

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
};

} // namespace gui
} // namespace gtzan
