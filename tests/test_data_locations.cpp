// Where the programs find the shared data folder (common/DataLocations.h): $GTZAN_SHARED, the
// build tree's marker, or the XDG data folders for an installed program; and no path of this
// machine compiled into the binaries.
#include "TestSupport.h"
#include "common/DataLocations.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestDataLocations : public QObject {
    Q_OBJECT
    QString m_shared; // ctest's GTZAN_SHARED, the real folder

    static QByteArray utf16(const QString &s) { return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2); }

private Q_SLOTS:
    void initTestCase() {
        m_shared = QDir::cleanPath(qEnvironmentVariable("GTZAN_SHARED"));
        QVERIFY2(!m_shared.isEmpty() && QFileInfo(m_shared).isDir(), "run under ctest: GTZAN_SHARED names ../shared");
    }

    void anExplicitFolderWins() {
        qputenv("GTZAN_SHARED", "/nonexistent/shared");
        QCOMPARE(gtzan::sharedDataDir(), QStringLiteral("/nonexistent/shared")); // set is set, even when missing
        QCOMPARE(gtzan::sharedDataSearchPath(), QStringList{QStringLiteral("/nonexistent/shared")});
        qputenv("GTZAN_SHARED", m_shared.toUtf8());
    }

    void theBuildTreeFindsItBesideTheCheckout() {
        // This test runs from build/bin, where CMake wrote the marker: no variable needed.
        QVERIFY(QFileInfo::exists(QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(gtzan::kBuildTreeMarker)));
        qunsetenv("GTZAN_SHARED");
        QCOMPARE(QDir(gtzan::sharedDataDir()).canonicalPath(), QDir(m_shared).canonicalPath());
        qputenv("GTZAN_SHARED", m_shared.toUtf8());
    }

    void anInstalledProgramLooksInTheXdgDataFolders() {
        // gtzan-cli copied where no marker is (as /usr/bin is): it finds the musicnn weights
        // under $XDG_DATA_DIRS/gtzan-explorer, and without them says where it looked.
        const QString cli = testsupport::cliPath();
        const QString h5 = testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5"));
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00001.wav"));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("usr/bin"))));
        const QString installed = root.filePath(QStringLiteral("usr/bin/gtzan-cli"));
        QVERIFY(QFile::copy(cli, installed));
        // The HDF5 reader where the package puts it (../libexec/gtzan-explorer from the program).
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("usr/libexec/gtzan-explorer"))));
        QVERIFY(QFile::copy(QFileInfo(cli).dir().filePath(QStringLiteral("gtzan-hdf5-reader")),
                            root.filePath(QStringLiteral("usr/libexec/gtzan-explorer/gtzan-hdf5-reader"))));
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("usr/bin/")) + QLatin1String(gtzan::kBuildTreeMarker)));
        const QString data = root.filePath(QStringLiteral("usr/share/gtzan-explorer/models/musicnn"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::link(h5, data + QStringLiteral("/MSD_musicnn.h5")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GTZAN_SHARED"));
        env.remove(QStringLiteral("GTZAN_MUSICNN_DIR"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_DATA_DIRS"), root.filePath(QStringLiteral("usr/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("home/.cache")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(installed, {QStringLiteral("tags"), clip, QStringLiteral("--no-cache"), QStringLiteral("--json"), QStringLiteral("--threads"),
                            QStringLiteral("2")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("\"tags\""));

        QVERIFY(QFile::remove(data + QStringLiteral("/MSD_musicnn.h5")));
        QVERIFY(QDir(root.filePath(QStringLiteral("usr/share/gtzan-explorer"))).removeRecursively());
        p.start(installed, {QStringLiteral("tags"), clip, QStringLiteral("--no-cache")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(root.filePath(QStringLiteral("usr/share/gtzan-explorer"))) && err.contains(QLatin1String("GTZAN_MUSICNN_DIR")),
                 qPrintable(err));
    }

    void anInstalledProgramFindsTheSplitListsPastTheUsersOwnFolder() {
        // After the window has run, ~/.local/share/gtzan-explorer exists (its models, its history)
        // without the split lists; the package's /usr/share/gtzan-explorer/data/splits must still be
        // found: `reproduce --protocol gct634 --plan` plans its 87 runs on them.
        const QString data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString lists = testsupport::requireShared(QStringLiteral("data/splits/gct634-8genre"));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("usr/bin"))));
        const QString installed = root.filePath(QStringLiteral("usr/bin/gtzan-cli"));
        QVERIFY(QFile::copy(testsupport::cliPath(), installed));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("home/.local/share/gtzan-explorer/GTZAN Explorer/models"))));
        const QString splits = root.filePath(QStringLiteral("usr/share/gtzan-explorer/data/splits"));
        QVERIFY(QDir().mkpath(splits));
        QVERIFY(QFile::link(lists, splits + QStringLiteral("/gct634-8genre")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GTZAN_SHARED"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_DATA_DIRS"), root.filePath(QStringLiteral("usr/share")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(installed, {QStringLiteral("reproduce"), QStringLiteral("--data"), data, QStringLiteral("--protocol"), QStringLiteral("gct634"),
                            QStringLiteral("--out"), root.filePath(QStringLiteral("out")), QStringLiteral("--plan")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray plan = p.readAllStandardOutput();
        QCOMPARE(plan.trimmed().split('\n').size(), 87);
        // Each line trains a recipe file (OUT/recipes/ID.json) that names the installed split lists.
        const QList<QByteArray> words = plan.trimmed().split('\n').front().split(' ');
        const int recipeAt = int(words.indexOf(QByteArray("--recipe")));
        QVERIFY(recipeAt > 0 && recipeAt + 1 < words.size());
        QFile recipe(QFile::decodeName(words.at(recipeAt + 1)));
        QVERIFY(recipe.open(QIODevice::ReadOnly));
        QVERIFY(recipe.readAll().contains(QFile::encodeName(splits + QStringLiteral("/gct634-8genre/train.txt"))));
    }

    void noPathOfThisMachineIsCompiledIn() {
        const QString source = QDir::cleanPath(qEnvironmentVariable("GTZAN_SOURCE_DIR"));
        const QString binary = QDir::cleanPath(qEnvironmentVariable("GTZAN_BINARY_DIR"));
        QVERIFY2(!source.isEmpty() && !binary.isEmpty(), "run under ctest: GTZAN_SOURCE_DIR and GTZAN_BINARY_DIR are set");
        const QString bin = QFileInfo(testsupport::cliPath()).absolutePath();
        QStringList programs{bin + QStringLiteral("/gtzan-cli")};
        if (QFileInfo::exists(bin + QStringLiteral("/gtzan-explorer"))) programs << bin + QStringLiteral("/gtzan-explorer");
        for (const QString &program : programs) {
            QFile f(program);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            // A sanitizer build is never installed, and clang-14's sanitizers keep each source file's
            // absolute path for their reports whatever -ffile-prefix-map says; the release suite checks it.
            const bool sourcePathsExpected = qEnvironmentVariableIsSet("GTZAN_SANITIZED_BUILD");
            for (const QString &path : {source + QLatin1Char('/'), binary + QLatin1Char('/')}) {
                if (sourcePathsExpected) break;
                QVERIFY2(!bytes.contains(path.toUtf8()), qPrintable(program + QStringLiteral(" holds ") + path));
                QVERIFY2(!bytes.contains(utf16(path)), qPrintable(program + QStringLiteral(" holds ") + path + QStringLiteral(" (UTF-16)")));
            }
            // The shared folder's path as code would write it (QStringLiteral: UTF-16).
            QVERIFY2(!bytes.contains(utf16(m_shared)), qPrintable(program + QStringLiteral(" holds ") + m_shared));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataLocations)
#include "test_data_locations.moc"
