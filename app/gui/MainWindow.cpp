#include "MainWindow.h"
#include "AudioPlayer.h"
#include "AugmentationPanel.h"
#include "ClipInspector.h"
#include "DatasetBrowser.h"
#include "PredictionPanel.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QtConcurrent>

namespace {
const char *kLastFolder = "browser/lastFolder";
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget), m_inspector(new ClipInspector), m_browser(new DatasetBrowser), m_augment(new AugmentationPanel),
      m_predict(new PredictionPanel) {
    setWindowTitle(tr("GTZAN Explorer"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("taskTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inspector, tr("&Explore"));
    m_tabs->addTab(m_predict, tr("&Predict"));
    connect(m_predict, &PredictionPanel::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    setCentralWidget(m_tabs);
    auto *browserDock = new QDockWidget(tr("Data set"), this);
    browserDock->setObjectName(QStringLiteral("browserDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);
    auto *augmentDock = new QDockWidget(tr("Augmentation"), this);
    augmentDock->setObjectName(QStringLiteral("augmentDock"));
    augmentDock->setWidget(m_augment);
    addDockWidget(Qt::RightDockWidgetArea, augmentDock);
    // The augmentation panel acts on the Explore tab's clip only: out of the way on the other tabs.
    connect(m_tabs, &QTabWidget::currentChanged, augmentDock, [this, augmentDock] { augmentDock->setVisible(m_tabs->currentWidget() == m_inspector); });
    buildMenus();

    connect(m_browser, &DatasetBrowser::clipSelected, this, [this](const QString &path, const QString &id, const QString &problem) {
        m_augment->setClipId(id);
        if (!problem.isEmpty()) {
            // A clip the scan could not read: say why, keep everything else working.
            m_inspector->clear(tr("%1 cannot be shown: %2").arg(QFileInfo(path).fileName(), problem));
            statusBar()->showMessage(problem);
            return;
        }
        m_inspector->openFile(path);
    });
    connect(m_browser, &DatasetBrowser::folderOpened, this, [this](const QString &root, int clips, int problems) {
        QSettings().setValue(QString::fromLatin1(kLastFolder), root);
        statusBar()->showMessage(tr("%1 clips, %2 with problems").arg(clips).arg(problems));
        m_browser->clipTable()->setFocus();
        if (m_browser->clipTable()->model()->rowCount() > 0) m_browser->clipTable()->selectRow(0);
    });
    connect(m_browser, &DatasetBrowser::folderFailed, this, [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
    connect(m_inspector, &ClipInspector::opened, this, [this](const QString &path) {
        statusBar()->showMessage(tr("%1 shown in %2 ms").arg(QFileInfo(path).fileName()).arg(m_inspector->lastOpenMilliseconds(), 0, 'f', 0));
    });
    connect(m_inspector, &ClipInspector::failed, this, [this](const QString &path, const QString &message) {
        m_browser->markProblem(path, message);   // the error badge
        statusBar()->showMessage(message);
    });
    connect(m_inspector, &ClipInspector::augmentationFailed, this, [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_augment, &AugmentationPanel::drawChanged, this, [this] { m_inspector->setAugmentation(m_augment->draw(), true); });
    connect(m_augment, &AugmentationPanel::abToggled, this, [this](bool b) {
        m_inspector->showVersion(b ? ClipInspector::Version::Augmented : ClipInspector::Version::Original);
        m_augment->setAugmentedShown(m_inspector->version() == ClipInspector::Version::Augmented);
    });
    connect(m_inspector, &ClipInspector::versionChanged, this,
            [this](ClipInspector::Version v) { m_augment->setAugmentedShown(v == ClipInspector::Version::Augmented); });
    connect(m_augment, &AugmentationPanel::playAugmentedRequested, this, [this] { playVersion(true); });
    connect(m_augment, &AugmentationPanel::exportRequested, this, [this] {
        if (!m_inspector->hasAugmented()) {
            statusBar()->showMessage(tr("Switch an augmentation on first: there is no augmented clip to export."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export augmented clip"), QString(), tr("WAV (*.wav)"));
        if (!path.isEmpty()) exportAugmented(path);
    });
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] { statusBar()->showMessage(m_export.result()); });
    resize(1500, 850);
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    QAction *openFolderAction = file->addAction(tr("Open &folder..."), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a GTZAN folder"), QSettings().value(QString::fromLatin1(kLastFolder)).toString());
        if (!dir.isEmpty()) openFolder(dir);
    });
    openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    tools->addAction(openFolderAction);
    QAction *open = file->addAction(tr("&Open audio file..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open audio file"), QString(),
                                                          tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)"));
        if (!path.isEmpty()) openAudioFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    tools->addAction(open);
    tools->addAction(file->addAction(tr("&Predict files..."), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Predict the genre of audio files"), QString(),
                                                                tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)"));
        if (!files.isEmpty()) predictPaths(files);
    }));
    QAction *split = file->addAction(tr("Load &split folder..."), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with train/valid/test lists"));
        if (!dir.isEmpty()) m_browser->loadSplitFolder(dir);
    });
    tools->addAction(split);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    QAction *play = playback->addAction(tr("Play / pause"), m_inspector->player(), &AudioPlayer::togglePlayPause);
    play->setShortcut(Qt::Key_Space);
    playback->addAction(tr("Stop"), m_inspector->player(), &AudioPlayer::stop)->setShortcut(Qt::Key_Period);
    playback->addAction(tr("Play original (A)"), this, [this] { playVersion(false); })->setShortcut(Qt::Key_A);
    playback->addAction(tr("Play augmented (B)"), this, [this] { playVersion(true); })->setShortcut(Qt::Key_B);
}

void MainWindow::playVersion(bool augmented) {
    if (augmented && !m_inspector->hasAugmented()) {
        statusBar()->showMessage(tr("No augmented clip yet: switch an augmentation on in the panel."));
        return;
    }
    m_inspector->showVersion(augmented ? ClipInspector::Version::Augmented : ClipInspector::Version::Original);
    m_inspector->player()->stop();
    m_inspector->player()->play();
}

void MainWindow::openPath(const QString &path) {
    if (QFileInfo(path).isDir()) openFolder(path);
    else openAudioFile(path);
}

void MainWindow::openFolder(const QString &root) {
    statusBar()->showMessage(tr("Scanning %1...").arg(root));
    m_browser->openFolder(root);
}

void MainWindow::openAudioFile(const QString &path) {
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    m_augment->setClipId(QFileInfo(path).completeBaseName());
    m_inspector->openFile(path);
}

void MainWindow::exportAugmented(const QString &path) {
    const std::shared_ptr<const gtzan::Audio> audio = m_inspector->augmentedAudio();
    if (!audio) return;
    statusBar()->showMessage(tr("Writing %1...").arg(path));
    m_export.setFuture(QtConcurrent::run([audio, path] {
        try {
            gtzan::writeAudio(path, *audio);
            return tr("Augmented clip written to %1").arg(path);
        } catch (const gtzan::Error &e) {
            return e.message();
        }
    }));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e) {
    QStringList paths;
    for (const QUrl &u : e->mimeData()->urls())
        if (u.isLocalFile()) paths << u.toLocalFile();
    if (paths.isEmpty()) return;
    dropPaths(paths);
    e->acceptProposedAction();
}

void MainWindow::dropPaths(const QStringList &paths) {
    if (m_tabs->currentWidget() == m_predict) return predictPaths(paths);
    QStringList files;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir()) openFolder(p);
        else files << p;
    }
    if (!files.isEmpty()) predictPaths(files);
}

void MainWindow::predictPaths(const QStringList &paths) {
    m_tabs->setCurrentWidget(m_predict);
    m_predict->addPaths(paths);
}
