#include "app/gui/Theme.h"
#include "widgets/PlotPalette.h"
#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace gtzan {
namespace gui {

namespace plotpalette = widgets::plotpalette;

namespace Theme {

namespace {
struct SystemLook {
    bool saved = false;
    QString style;
    QPalette palette;
};
SystemLook &systemLook() {
    static SystemLook look;
    return look;
}
QString &currentName() {
    static QString name = QStringLiteral("system");
    return name;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(125, 125, 125);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(58, 58, 62));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

QStringList names() { return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}; }

QString displayName(const QString &name) {
    if (name == QLatin1String("light")) return QCoreApplication::translate("Theme", "Light");
    if (name == QLatin1String("dark")) return QCoreApplication::translate("Theme", "Dark");
    return QCoreApplication::translate("Theme", "System");
}

QString apply(const QString &requested) {
    SystemLook &look = systemLook();
    if (!look.saved) { // what the platform gave us, to go back to
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.saved = true;
    }
    const QString name = names().contains(requested) ? requested : QStringLiteral("system");
    if (name == QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    }
    currentName() = name;
    plotpalette::restyleAllPlots();
    return name;
}

QString current() { return currentName(); }

void setScale(double scale) {
    static const QFont normal = QApplication::font(); // the platform's font, before any scaling
    QFont f = normal;
    if (f.pointSizeF() > 0) f.setPointSizeF(normal.pointSizeF() * scale);
    else f.setPixelSize(int(normal.pixelSize() * scale + 0.5));
    plotpalette::setScale(scale);
    QApplication::setFont(f);
    plotpalette::restyleAllPlots();
}

double scale() { return plotpalette::scale(); }

} // namespace Theme

} // namespace gui
} // namespace gtzan
