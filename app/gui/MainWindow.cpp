#include "MainWindow.h"
#include "SpectrogramView.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_spectrogram(new SpectrogramView), m_info(new QLabel) {
    setWindowTitle(tr("GTZAN Explorer"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_info->setText(tr("Open an audio file to see its mel spectrogram (File > Open, Ctrl+O). "
                       "The data set browser, playback and training are not there yet."));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    layout->addWidget(m_spectrogram, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open audio file..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open audio file"), QString(),
                                                          tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)"));
        if (!path.isEmpty()) openAudioFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &MainWindow::showResult);
    resize(1100, 600);
}

void MainWindow::openAudioFile(const QString &path) {
    statusBar()->showMessage(tr("Computing the spectrogram of %1...").arg(QFileInfo(path).fileName()));
    // Decoding and the STFT run on a worker thread so the window never freezes.
    m_watcher.setFuture(QtConcurrent::run([path] {
        Result r;
        r.path = path;
        try {
            const gtzan::FeatureSpec spec = gtzan::FeatureSpec::native();
            r.mel = gtzan::melFeaturesOfFile(path, spec);
            r.secondsPerFrame = double(spec.hop) / spec.sampleRate;
        } catch (const gtzan::Error &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void MainWindow::showResult() {
    const Result r = m_watcher.result();
    if (!r.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open the file"));
        QMessageBox::warning(this, tr("Cannot open audio"), r.error);
        return;
    }
    m_spectrogram->setMatrix(r.mel, r.secondsPerFrame, tr("Level (dB)"));
    m_info->setText(tr("%1: %2 mel bands x %3 frames").arg(QFileInfo(r.path).fileName()).arg(r.mel.rows).arg(r.mel.cols));
    statusBar()->showMessage(tr("Ready"));
}
