// Desktop integration as the package installs it: the icon rendered at every hicolor size, the
// .desktop entry and AppStream metainfo pass their validators, and the gtzan-cli man page documents
// every command that `gtzan-cli --help` lists and formats without groff warnings.
// GTZAN_PACKAGING_BUILD_DIR and friends come from packaging/CMakeLists.txt.
#include "TestSupport.h"
#include "Version.h"
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

class Packaging : public QObject {
    Q_OBJECT
    const QString m_build = QStringLiteral(GTZAN_PACKAGING_BUILD_DIR);
    const QString m_appId = QStringLiteral(GTZAN_APP_ID);

    struct Run {
        int code = -1;
        QString out, err;
    };
    static Run run(const QString &program, const QStringList &args) {
        Run r;
        const QString exe = QStandardPaths::findExecutable(program).isEmpty() ? program : QStandardPaths::findExecutable(program);
        QProcess p;
        p.start(exe, args);
        if (!p.waitForFinished(60000)) {
            r.err = QStringLiteral("%1 did not run: %2").arg(program, p.errorString());
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString requireTool(const QString &tool, const QString &package) {
        const QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty()) qWarning("%s is missing: install %s (packaging/install-deps.sh does)", qPrintable(tool), qPrintable(package));
        return path;
    }
    static QString readText(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void iconRenderedAtEveryHicolorSize() {
        const QStringList sizes = QStringLiteral(GTZAN_ICON_SIZES).split(QLatin1Char(' '));
        QVERIFY(sizes.size() >= 8);
        for (const QString &s : sizes) {
            const int size = s.toInt();
            const QString path = QStringLiteral("%1/icons/hicolor/%2x%2/apps/gtzan-explorer.png").arg(m_build).arg(size);
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            // The rounded tile: transparent corners, an opaque body, and more than one colour.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size - size / 5)), 255);
            QVERIFY2(image.pixel(size / 2, size - size / 5) != image.pixel(size / 2, size / 10), qPrintable(path));
        }
    }

    void desktopEntryValidates() {
        const QString path = QStringLiteral("%1/%2.desktop").arg(m_build, m_appId);
        const QString text = readText(path);
        QVERIFY2(text.contains(QStringLiteral("\nExec=gtzan-explorer %f\n")), qPrintable(path));
        QVERIFY(text.contains(QStringLiteral("\nIcon=gtzan-explorer\n")));
        QVERIFY(text.contains(QStringLiteral("\nName[ko]=GTZAN 탐색기\n")));
        const QString validator = requireTool(QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils"));
        QVERIFY(!validator.isEmpty());
        const Run r = run(validator, {path});
        QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
    }

    void metainfoValidates() {
        const QString path = QStringLiteral("%1/%2.metainfo.xml").arg(m_build, m_appId);
        const QString text = readText(path);
        QVERIFY2(text.contains(QStringLiteral("<project_license>GPL-3.0-or-later</project_license>")), qPrintable(path));
        QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(m_appId)));
        QVERIFY2(!text.contains(QLatin1Char('@')), "an unsubstituted @VARIABLE@ is left");
        const QString appstream = requireTool(QStringLiteral("appstreamcli"), QStringLiteral("appstream"));
        QVERIFY(!appstream.isEmpty());
        const Run r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"), path});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void changelogMatchesTheVersion() {
        // The package's changelog names the version CMake builds (bump both together).
        const QString changelog = readText(QFINDTESTDATA("../packaging/debian/changelog"));
        QVERIFY2(changelog.startsWith(QStringLiteral("gtzan-explorer (%1-").arg(QStringLiteral(GTZAN_VERSION))),
                 qPrintable(changelog.section(QLatin1Char('\n'), 0, 0)));
        QVERIFY(QFileInfo::exists(m_build + QStringLiteral("/doc/changelog.Debian.gz")));
    }

    void manPageDocumentsEveryCommand() {
        const Run help = run(testsupport::cliPath(), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        const QRegularExpression line(QStringLiteral("^  (\\S+)\\s"), QRegularExpression::MultilineOption);
        QStringList names;
        for (auto it = line.globalMatch(commands); it.hasNext();) names << it.next().captured(1);
        QVERIFY2(names.contains(QStringLiteral("mel")), qPrintable(help.out));

        const QString page = QStringLiteral("%1/man/gtzan-cli.1").arg(m_build);
        const QString man = readText(page);
        QVERIFY2(man.contains(QStringLiteral(".SH COMMANDS")), qPrintable(page));
        for (const QString &name : names)
            QVERIFY2(man.contains(QStringLiteral(".SS \"%1 ").arg(name)) || man.contains(QStringLiteral(".SS \"%1\"").arg(name)),
                     qPrintable(QStringLiteral("gtzan-cli %1 is not documented in packaging/man/gtzan-cli.1.in").arg(name)));
        QVERIFY(QFileInfo::exists(page + QStringLiteral(".gz")));

        // groff formats both pages without a warning.
        const QString groff = requireTool(QStringLiteral("groff"), QStringLiteral("groff-base"));
        QVERIFY(!groff.isEmpty());
        for (const QString &p : {page, QStringLiteral("%1/man/gtzan-explorer.1").arg(m_build)}) {
            const Run r = run(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), p});
            QVERIFY2(r.code == 0 && r.err.trimmed().isEmpty(), qPrintable(p + QStringLiteral(": ") + r.err));
        }
    }
};

QTEST_MAIN(Packaging)
#include "test_packaging.moc"
