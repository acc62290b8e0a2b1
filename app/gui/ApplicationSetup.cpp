#include "app/gui/ApplicationSetup.h"
#include "Version.h"
#include "app/gui/AppSettings.h"
#include "app/gui/Language.h"
#include "common/AllocatorTuning.h"
#include <QApplication>
#include <QByteArray>
#include <QIcon>

namespace gtzan {
namespace gui {

namespace ApplicationSetup {

void nameTheApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("gtzan-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTZAN_VERSION));
}

bool onlyAsksForHelp(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v") return true;
    }
    return false;
}

QString prepareWindowProcess() {
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gtzan-explorer.svg")));
    Language::installFromSettings(); // before any widget exists, so every tr() is translated
    gtzan::tuneAllocatorForAudio();
    AppSettings::applyComputeThreads(); // before any job runs; Preferences apply a change
    return AppSettings::applyComputeDevice();
}

} // namespace ApplicationSetup

} // namespace gui
} // namespace gtzan
