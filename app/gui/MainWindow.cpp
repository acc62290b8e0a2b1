#include "MainWindow.h"
#include "AudioPlayer.h"
#include "ClipInspector.h"
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_inspector(new ClipInspector) {
    setWindowTitle(tr("GTZAN Explorer"));
    setCentralWidget(m_inspector);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open audio file..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open audio file"), QString(),
                                                          tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)"));
        if (!path.isEmpty()) openAudioFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    QAction *play = playback->addAction(tr("Play / pause"), m_inspector->player(), &AudioPlayer::togglePlayPause);
    play->setShortcut(Qt::Key_Space);
    playback->addAction(tr("Stop"), m_inspector->player(), &AudioPlayer::stop)->setShortcut(Qt::Key_Period);

    auto *browser = new QDockWidget(tr("Data set"), this);
    browser->setObjectName(QStringLiteral("browserDock"));
    browser->setWidget(notYet(tr("Data set browser"), tr("it waits for the data set engine (scan, splits; issue 3). "
                                                        "Open a single file with File > Open audio file.")));
    addDockWidget(Qt::LeftDockWidgetArea, browser);
    auto *augment = new QDockWidget(tr("Augmentation"), this);
    augment->setObjectName(QStringLiteral("augmentDock"));
    augment->setWidget(notYet(tr("Augmentation panel"), tr("it waits for the augmentation engine (engine/augment; issue 3).")));
    addDockWidget(Qt::RightDockWidgetArea, augment);

    connect(m_inspector, &ClipInspector::opened, this, [this](const QString &path) {
        statusBar()->showMessage(tr("%1 shown in %2 ms").arg(QFileInfo(path).fileName()).arg(m_inspector->lastOpenMilliseconds(), 0, 'f', 0));
    });
    connect(m_inspector, &ClipInspector::failed, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message);
    });
    resize(1280, 760);
}

QWidget *MainWindow::notYet(const QString &what, const QString &why) {
    auto *label = new QLabel(tr("<b>%1: not yet.</b><br>%2").arg(what, why));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setMargin(8);
    label->setMinimumWidth(200);
    return label;
}

void MainWindow::openAudioFile(const QString &path) {
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    m_inspector->openFile(path);
}
