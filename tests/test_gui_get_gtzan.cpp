// The way to real music in the window: with no data set and no sample the window starts on the
// first-start page (and shows the sample's button only when the sample is there); the download
// dialog, pointed at a local server (loopback only) serving a tar.gz of real sample clips, shows
// its progress, then the data set opens. Screenshots of both go to $GTZAN_SCREENSHOT_DIR.
#include "GtzanArchive.h"
#include "LocalHttpServer.h"
#include "TestSupport.h"
#include "app/gui/FirstStartPage.h"
#include "app/gui/GetGtzanDialog.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/TaskControls.h"
#include "widgets/DatasetBrowser.h"
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;

class GuiGetGtzan : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    static void grab(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("GTZAN_SCREENSHOT_DIR");
        const QSize screen = QGuiApplication::primaryScreen()->size();
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(
                QStringLiteral("%1/%2-%3x%4-%5.png").arg(dir, name).arg(screen.width()).arg(screen.height()).arg(Language::current())));
    }
    // As a person would have it: the window as large as the screen allows.
    static void sizeLikeAPerson(QWidget &w) { w.resize(QGuiApplication::primaryScreen()->availableGeometry().size().boundedTo(QSize(1920, 1080))); }
    static QByteArray sampleArchive() {
        return testsupport::gtzanLikeArchive(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres")));
    }
    // The archive served at `rate` bytes a second, as a mirror the dialog can be pointed at.
    static gtzan::ArchiveMirror serve(testsupport::LocalHttpServer &server, const QByteArray &archive, qint64 rate) {
        server.serve(QStringLiteral("/genres.tar.gz"), archive);
        server.setRate(rate);
        gtzan::ArchiveMirror m;
        m.name = QStringLiteral("local test server");
        m.url = server.url(QStringLiteral("/genres.tar.gz"));
        m.sha256 = QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex();
        m.bytes = archive.size();
        m.unpackedBytes = archive.size() * 2;
        return m;
    }
    static void languages() {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "de", "ko"}) QTest::newRow(l) << QString::fromLatin1(l);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }

    void cleanup() { Language::install(QStringLiteral("en")); }

    void withNothingToOpenTheStartPageShows_data() { languages(); }
    void withNothingToOpenTheStartPageShows() {
        QFETCH(QString, language);
        QCOMPARE(Language::install(language), language);
        QSettings().clear(); // no data set from an earlier row
        const QByteArray shared = qgetenv("GTZAN_SHARED");
        struct Restore { // however the function ends, the next one finds ../shared again
            QByteArray value;
            ~Restore() { qputenv("GTZAN_SHARED", value); }
        } restore{shared};
        qputenv("GTZAN_SHARED", m_tmp.filePath(QStringLiteral("no-shared-here")).toUtf8());
        MainWindow w;
        sizeLikeAPerson(w);
        w.show();
        w.openDefaultDataset();
        FirstStartPage *page = w.startPage();
        QVERIFY(page->isVisible());
        QVERIFY(!w.tabs()->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("sampleButton"))->isVisible());
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("downloadButton"))->isVisible());
        grab(&w, QStringLiteral("first-start"));
        qputenv("GTZAN_SHARED", shared);
        // With the sample beside the program, the page offers it; taking it opens the tabs.
        w.showStartPage();
        QPushButton *sample = page->findChild<QPushButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample->isVisible());
        QSignalSpy opened(w.browser(), &gtzan::widgets::DatasetBrowser::folderOpened);
        sample->click();
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 60000));
        QVERIFY(w.tabs()->isVisible());
        QVERIFY(!page->isVisible());
    }

    void theDownloadDialogShowsProgressAndOpensTheDataSet_data() { languages(); }
    void theDownloadDialogShowsProgressAndOpensTheDataSet() {
        QFETCH(QString, language);
        QCOMPARE(Language::install(language), language);
        const QByteArray archive = sampleArchive();
        testsupport::LocalHttpServer server;
        const gtzan::ArchiveMirror m = serve(server, archive, archive.size() / 4); // about four seconds: long enough to be seen

        MainWindow w;
        sizeLikeAPerson(w);
        w.show();
        w.showStartPage();
        w.startPage()->findChild<QPushButton *>(QStringLiteral("downloadButton"))->click();
        GetGtzanDialog *dialog = w.downloadDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString folder = m_tmp.filePath(QStringLiteral("GTZAN-") + language);
        dialog->setFolder(folder);
        dialog->setMirrors({m});
        QSignalSpy ready(dialog, &GetGtzanDialog::datasetReady);
        QSignalSpy opened(w.browser(), &gtzan::widgets::DatasetBrowser::folderOpened);
        dialog->start();
        QProgressBar *bar = dialog->findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(QTest::qWaitFor([&] { return bar->isVisible() && bar->value() > bar->minimum() + (bar->maximum() - bar->minimum()) / 5; }, 30000));
        grab(dialog, QStringLiteral("download-in-progress"));
        QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 60000));
        QCOMPARE(ready.first().at(0).toString(), folder);
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 60000));
        QVERIFY(!dialog->isVisible());
        QVERIFY(w.tabs()->isVisible());
    }

    void cancelInTheDialogKeepsThePartForDownloadAgain() {
        const QByteArray archive = sampleArchive();
        testsupport::LocalHttpServer server;
        const gtzan::ArchiveMirror m = serve(server, archive, archive.size() / 8);
        GetGtzanDialog dialog;
        const QString folder = m_tmp.filePath(QStringLiteral("cancelled"));
        dialog.setFolder(folder);
        dialog.setMirrors({m});
        dialog.show();
        dialog.start();
        const QString part = folder + QStringLiteral("/genres.tar.gz.part");
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo(part).size() > 0; }, 30000));
        QPushButton *cancel = dialog.findChild<TaskControls *>()->cancelButton();
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.running(); }, 30000));
        QVERIFY(QFileInfo(part).size() > 0 && QFileInfo(part).size() < archive.size());
        server.setRate(0);
        QSignalSpy ready(&dialog, &GetGtzanDialog::datasetReady);
        const int before = server.ranges().size();
        dialog.start();
        QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 60000));
        QVERIFY2(server.ranges().value(before).startsWith(QStringLiteral("bytes=")), qPrintable(server.ranges().value(before)));
    }
};

QTEST_MAIN(GuiGetGtzan)
#include "test_gui_get_gtzan.moc"
