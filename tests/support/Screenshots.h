#pragma once
#include <QString>

class QWidget;

namespace testsupport {

// Saves what `widget` shows as $GTZAN_SCREENSHOT_DIR/name (a PNG), for a person to look at; does
// nothing when the variable is not set, so a test never depends on it.
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace testsupport
