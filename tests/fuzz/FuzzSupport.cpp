#include "FuzzSupport.h"
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

// Sanitizer defaults for a harness started by hand: UBSan's reports are recoverable in this build
// (so that tests/sanitizers/ubsan.supp can work), and halting on them makes each one a finding
// libFuzzer saves, as the CI run's UBSAN_OPTIONS do. Options in the environment still win.
extern "C" const char *__ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }

namespace fuzzsupport {

namespace {
// Some engine code asks QCoreApplication (paths, settings); one instance lives for the process.
// Never destroyed: libFuzzer ends with exit(), and destroying it among the other exit handlers
// (after Qt's own globals are gone) crashed in ~QCoreApplication. The pointer keeps it reachable.
void ensureApplication() {
    static int argc = 1;
    static char name[] = "gtzan-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!QCoreApplication::instance()) app = new QCoreApplication(argc, argv);
    (void)app;
}
} // namespace

QString writeInput(const uint8_t *data, size_t size, const QString &suffix) {
    ensureApplication();
    static QTemporaryDir dir; // removed at exit
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot make a temporary folder\n");
        std::abort();
    }
    const QString path = dir.filePath(QStringLiteral("input") + suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
    return path;
}

} // namespace fuzzsupport
