#include "Screenshots.h"
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace testsupport {

void saveScreenshot(QWidget *widget, const QString &name) {
    const QString shots = qEnvironmentVariable("GTZAN_SCREENSHOT_DIR");
    if (shots.isEmpty() || !widget) return;
    QDir().mkpath(shots);
    widget->grab().save(QDir(shots).filePath(name));
}

} // namespace testsupport
