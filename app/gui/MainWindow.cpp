#include "app/gui/MainWindow.h"
#include "Version.h"
#include "app/gui/AppSettings.h"
#include "app/gui/DatasetExportDialog.h"
#include "app/gui/FaultsPanel.h"
#include "app/gui/FigureSizeDialog.h"
#include "app/gui/FirstStartPage.h"
#include "app/gui/GetGtzanDialog.h"
#include "app/gui/JobsIndicator.h"
#include "app/gui/Language.h"
#include "app/gui/LeakageView.h"
#include "app/gui/ListenView.h"
#include "app/gui/MapView.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/PreferencesDialog.h"
#include "app/gui/ShortcutsDialog.h"
#include "app/gui/Theme.h"
#include "app/gui/TrainingDashboard.h"
#include "audio/AudioWriter.h"
#include "augment/AugmentationFileName.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "dataset/DemoDataset.h"
#include "faults/KnownFaults.h"
#include "tasks/TaskRunner.h"
#include "widgets/AudioPlayer.h"
#include "widgets/AugmentationPanel.h"
#include "widgets/ClipInspector.h"
#include "widgets/DatasetBrowser.h"
#include "widgets/FigureExport.h"
#include "widgets/SpectrogramControls.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <memory>

namespace gtzan {
namespace gui {

using widgets::AudioPlayer;
using widgets::SpectrogramControls;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget), m_inspector(new ClipInspector), m_browser(new DatasetBrowser), m_augment(new AugmentationPanel),
      m_training(new TrainingDashboard), m_predict(new PredictionPanel), m_faults(new FaultsPanel), m_map(new MapView), m_listen(new ListenView) {
    setWindowTitle(tr("GTZAN Explorer"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("taskTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inspector, tr("&Explore"));
    m_tabs->addTab(m_training, tr("&Train"));
    m_training->loadHistory();
    connect(m_training, &TrainingDashboard::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    m_tabs->addTab(m_predict, tr("Pre&dict"));
    m_tabs->addTab(m_faults, tr("Fa&ults"));
    m_tabs->addTab(m_map, tr("&Map"));
    connect(m_map, &MapView::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    m_tabs->addTab(m_listen, tr("&Listen"));
    m_listen->setModelPath(m_predict->modelPath());
    connect(m_predict, &PredictionPanel::modelChanged, m_listen, &ListenView::setModelPath);
    connect(m_listen, &ListenView::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_faults, &FaultsPanel::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_faults, &FaultsPanel::replicaNotesChanged, m_browser, &DatasetBrowser::setReplicaNotes);
    connect(m_faults, &FaultsPanel::replicaNotesChanged, m_map, &MapView::setReplicaNotes);
    connect(m_faults, &FaultsPanel::showInBrowserRequested, this, [this](const QString &path) {
        if (!m_browser->selectPath(path)) statusBar()->showMessage(tr("%1 is not in the browser's folder").arg(path));
    });
    connect(m_training, &TrainingDashboard::leakageExperimentRequested, this, [this] {
        m_tabs->setCurrentWidget(m_faults);
        m_faults->showLeakage();
        m_faults->leakage()->run();
    });
    connect(m_predict, &PredictionPanel::message, this, [this](const QString &m) { statusBar()->showMessage(m); });
    // A model trained here goes straight to the Predict tab, which predicts its list again with it.
    connect(m_training, &TrainingDashboard::useInPredictRequested, this, [this](const QString &path) {
        m_tabs->setCurrentWidget(m_predict);
        m_predict->setModelPath(path, PredictionPanel::OnFailure::Warn); // loads as a task; a failure is said in a box
    });
    // Files joining the Predict tab's list (dropped, added, named on the command line) also land
    // on the map, when there is one, among the data set's clips.
    connect(m_predict->queue(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (!m_map->hasMap()) return;
        QStringList files;
        for (int row = first; row <= last; ++row) files << m_predict->queue()->row(row).entry.file;
        m_map->placeFiles(files);
    });
    // The middle of the window: the first-start page while no data set is open, then the tabs.
    m_middle = new QStackedWidget;
    m_startPage = new FirstStartPage;
    m_middle->addWidget(m_tabs);
    m_middle->addWidget(m_startPage);
    setCentralWidget(m_middle);
    connect(m_startPage, &FirstStartPage::openFolderRequested, this, &MainWindow::openFolderAsked);
    connect(m_startPage, &FirstStartPage::downloadRequested, this, &MainWindow::showDownload);
    connect(m_startPage, &FirstStartPage::sampleRequested, this, &MainWindow::openFolder);
    connect(m_startPage, &FirstStartPage::demoRequested, this, &MainWindow::openDemoDataset);
    auto *browserDock = new QDockWidget(tr("Data set"), this);
    browserDock->setObjectName(QStringLiteral("browserDock"));
    browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);
    auto *augmentDock = m_augmentDock = new QDockWidget(tr("Augmentation"), this);
    augmentDock->setObjectName(QStringLiteral("augmentDock"));
    augmentDock->setWidget(m_augment);
    addDockWidget(Qt::RightDockWidgetArea, augmentDock);
    // The augmentation panel acts on Explore's clip only: on the other tabs its dock steps aside
    // (their plots get the width a laptop lacks) and comes back with Explore as it was left.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, augmentDock] {
        const bool explore = m_tabs->currentWidget() == m_inspector;
        if (!explore && augmentDock->isVisible() && !augmentDock->isFloating()) {
            m_augmentSteppedAside = true;
            augmentDock->hide();
        } else if (explore && m_augmentSteppedAside) {
            m_augmentSteppedAside = false;
            if (!m_presentation) augmentDock->show();
        }
    });
    buildMenus();
    // Long jobs of every tab in one place: how many run or wait, and a list to cancel them from.
    m_jobs = new JobsIndicator(gtzan::TaskRunner::instance(), this);
    statusBar()->addPermanentWidget(m_jobs);

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
        m_middle->setCurrentWidget(m_tabs);
        AppSettings::setDataFolder(root);
        AppSettings::addRecentPath(root);
        m_training->setBrowserFolder(root, gtzan::isFullGtzan(m_browser->scan()));
        m_faults->setFolder(root);
        m_map->setFolder(root);
        statusBar()->showMessage(tr("%1 clips, %2 with problems").arg(clips).arg(problems));
        // A file named on the command line stays in the inspector (selected in the browser when it
        // is one of the data set's clips); else the first clip is shown. The table takes the focus
        // only then: a table focused without a current row makes its first row current.
        const QString asked = m_startupFile;
        m_startupFile.clear();
        if (!asked.isEmpty()) {
            if (m_browser->selectPath(asked)) m_browser->clipTable()->setFocus();
            return;
        }
        m_browser->clipTable()->setFocus();
        if (m_browser->clipTable()->model()->rowCount() > 0) m_browser->clipTable()->selectRow(0);
    });
    connect(m_browser, &DatasetBrowser::folderFailed, this, [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
    connect(m_inspector, &ClipInspector::opened, this, [this](const QString &path) {
        if (path == m_pendingRecent) AppSettings::addRecentPath(path);
        statusBar()->showMessage(tr("%1 shown in %2 ms").arg(QFileInfo(path).fileName()).arg(m_inspector->lastOpenMilliseconds(), 0, 'f', 0));
    });
    connect(m_inspector, &ClipInspector::failed, this, [this](const QString &path, const QString &message) {
        m_browser->markProblem(path, message); // the error badge
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
    connect(m_augment, &AugmentationPanel::compareToggled, this, &MainWindow::setCompareMode);
    connect(m_augment, &AugmentationPanel::exportRequested, this, [this] {
        if (!m_inspector->hasAugmented()) {
            statusBar()->showMessage(tr("Switch an augmentation on first: there is no augmented clip to export."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export augmented clip"), exportFolder() + QLatin1Char('/') + augmentedStem() + QStringLiteral(".wav"), tr("WAV (*.wav)"));
        if (!path.isEmpty()) {
            rememberExportFolder(path);
            exportAugmented(path);
        }
    });
    const auto saveSpectrogramSettings = [this] {
        QSettings settings;
        settings.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
        m_inspector->controls()->saveSettings(settings);
    };
    connect(m_inspector->controls(), &SpectrogramControls::specChanged, this, saveSpectrogramSettings);
    connect(m_inspector->controls(), &SpectrogramControls::colorMapChanged, this, saveSpectrogramSettings);
    connect(m_inspector->controls(), &SpectrogramControls::dynamicRangeChanged, this, saveSpectrogramSettings);
    restoreLayout();
}

namespace {
// The first size on a screen without a remembered layout: most of the screen's free area (never
// more than it: a 1366x768 laptop with a panel has about 1366x720), at most 1500x900.
QSize firstWindowSize(const QRect &available) {
    const int w = std::min(1500, available.width() * 96 / 100);
    const int h = std::min(900, available.height() * 94 / 100);
    return QSize(w, h);
}
} // namespace

QString MainWindow::layoutKey(const char *key) const {
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize size = s ? s->size() : QSize();
    return QStringLiteral("%1/%2x%3").arg(QLatin1String(key)).arg(size.width()).arg(size.height());
}

// Every dock, toolbar and tab exists by now: geometry and state apply to all of them.
void MainWindow::restoreLayout() {
    QSettings settings;
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = s ? s->availableGeometry() : QRect(0, 0, 1366, 720);
    resize(firstWindowSize(available));
    // Each screen size keeps its own layout: what suits a projector would not fit the laptop.
    restoreGeometry(settings.value(layoutKey(AppSettings::WindowGeometryKey)).toByteArray());
    restoreState(settings.value(layoutKey(AppSettings::WindowStateKey)).toByteArray());
    // A remembered size larger than the screen (another monitor, a changed resolution) shrinks to fit.
    if (!isMaximized() && !isFullScreen() && (width() > available.width() || height() > available.height())) resize(firstWindowSize(available));
    if (settings.value(QLatin1String(AppSettings::PresentationKey), false).toBool()) setPresentationMode(true, false);
    settings.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
    m_inspector->controls()->restoreSettings(settings);
    settings.endGroup();
    const int tab = settings.value(QLatin1String(AppSettings::WindowTabKey), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count()) m_tabs->setCurrentIndex(tab);
    updateTaskActions();
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(layoutKey(AppSettings::WindowGeometryKey), saveGeometry());
    // A dock that only stepped aside for another tab is remembered as shown.
    QDockWidget *augmentDock = m_augmentDock;
    const bool steppedAside = m_augmentSteppedAside && !m_presentation;
    if (steppedAside) augmentDock->setVisible(true);
    // In presentation mode the docks are hidden for the projector: the layout kept is the one before.
    settings.setValue(layoutKey(AppSettings::WindowStateKey), m_presentation ? m_dockStateBeforePresentation : saveState());
    if (steppedAside) augmentDock->setVisible(false);
    settings.setValue(QLatin1String(AppSettings::WindowTabKey), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *e) {
    saveLayout();
    QMainWindow::closeEvent(e);
}

// After Preferences: the theme and the spectrogram settings apply now, the language at the next start.
void MainWindow::applySettings() {
    Theme::apply(AppSettings::theme());
    QSettings settings;
    settings.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
    m_inspector->controls()->restoreSettings(settings);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this, &MainWindow::applySettings);
    dialog.exec();
}

void MainWindow::showShortcuts() {
    updateTaskActions();
    const QList<ShortcutsDialog::Gesture> gestures{{tr("Up / Down"), tr("Previous / next clip in the clip table")},
                                                   {tr("Mouse wheel"), tr("Zoom the waveform and spectrogram in time")},
                                                   {tr("Ctrl+mouse wheel"), tr("Zoom the frequency (or amplitude) axis")},
                                                   {tr("Double-click, Ctrl+0"), tr("Show the whole clip and every band again")},
                                                   {tr("Drag"), tr("Pan the waveform and spectrogram")},
                                                   {tr("Click"), tr("Seek the player to that time")},
                                                   {tr("Drop files or a folder"), tr("Open them (see the README for what goes where)")}};
    ShortcutsDialog dialog(findChildren<QAction *>(), gestures, this);
    dialog.exec();
}

void MainWindow::fillRecentMenu(QMenu *menu) {
    menu->clear();
    const QStringList paths = AppSettings::recentPaths();
    for (const QString &path : paths) {
        menu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                statusBar()->showMessage(tr("%1 no longer exists; it is taken off the recent list.").arg(path));
                AppSettings::removeRecentPath(path);
                return;
            }
            openPath(path);
        });
    }
    if (paths.isEmpty()) menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("Clear recent files"), this, [] { AppSettings::clearRecentPaths(); });
    clear->setEnabled(!paths.isEmpty());
}

// Ctrl+1, Ctrl+2, ... name the tabs there are; the others are hidden (and their keys inactive).
void MainWindow::updateTaskActions() {
    for (int i = 0; i < m_taskActions.size(); ++i) {
        QAction *a = m_taskActions.at(i);
        a->setVisible(i < m_tabs->count());
        if (i < m_tabs->count()) a->setText(tr("Show %1").arg(m_tabs->tabText(i).remove(QLatin1Char('&'))));
    }
}

void MainWindow::buildViewMenu() {
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < 6; ++i) { // Explore, Train, Predict, Faults, Map, Listen
        QAction *a = view->addAction(QString(), this, [this, i] {
            if (i < m_tabs->count()) m_tabs->setCurrentIndex(i);
        });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_taskActions << a;
    }
    connect(view, &QMenu::aboutToShow, this, &MainWindow::updateTaskActions);
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) view->addAction(dock->toggleViewAction());
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("browserDock")))
        d->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("augmentDock")))
        d->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addSeparator();
    QAction *full = view->addAction(tr("&Full screen"), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    full->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction = view->addAction(tr("&Presentation mode"), this, [this](bool on) { setPresentationMode(on); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setChecked(m_presentation);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentationAction->setToolTip(tr("Large fonts and lines for a projector, the docks out of the way (F5)"));
}

void MainWindow::buildHelpMenu() {
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts..."), this, &MainWindow::showShortcuts);
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addAction(tr("&About GTZAN Explorer..."), this, [this] {
        QMessageBox::about(this, tr("About GTZAN Explorer"),
                           tr("<h3>GTZAN Explorer %1</h3><p>Explore the GTZAN music-genre data set, hear and see what "
                              "augmentation does, train genre classifiers and predict the genre of your own files.</p>"
                              "<p>Built with Qt %2 and LibTorch. Licence: GPL-3.0-or-later.</p>"
                              "<p>The starter model carries the pretrained musicnn MSD weights: musicnn, Copyright (c) 2019 "
                              "Jordi Pons and Xavier Serra, ISC licence (see the package's copyright file).</p>")
                               .arg(QStringLiteral(GTZAN_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    QAction *openFolderAction = file->addAction(tr("Open &folder..."), this, &MainWindow::openFolderAsked);
    openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    tools->addAction(openFolderAction);
    QAction *open = file->addAction(tr("&Open audio file..."), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open audio file"), QString(), tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)"));
        if (!path.isEmpty()) openAudioFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    tools->addAction(open);
    QAction *predictFiles = file->addAction(tr("&Predict files..."), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Predict the genre of audio files"), QString(),
                                                                tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)"));
        if (!files.isEmpty()) predictPaths(files);
    });
    predictFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    tools->addAction(predictFiles);
    file->addSeparator();
    QAction *figure = file->addAction(tr("Export fi&gure..."), this, &MainWindow::exportFigureAsked);
    figure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    figure->setToolTip(tr("The waveform and spectrogram shown (or the compare view) as PNG or SVG, at a size you choose"));
    QAction *pair = file->addAction(tr("Export A/&B pair..."), this, &MainWindow::exportPairAsked);
    pair->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    pair->setToolTip(
        tr("The original and the augmented clip as two WAV files and the compare view as PNG and SVG, named after the clip and the augmentation"));
    file->addSeparator();
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    QAction *split = file->addAction(tr("Load &split folder..."), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with train/valid/test lists"));
        if (!dir.isEmpty()) m_browser->loadSplitFolder(dir);
    });
    tools->addAction(split);
    file->addSeparator();
    file->addAction(tr("&Download GTZAN..."), this, &MainWindow::showDownload);
    file->addAction(tr("Start &page"), this, &MainWindow::showStartPage);
    file->addSeparator();
    QAction *prefs = file->addAction(tr("&Preferences..."), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    // close(), not quit(): the window saves its layout in closeEvent.
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms

    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    QAction *play = playback->addAction(tr("Play / pause"), m_inspector->player(), &AudioPlayer::togglePlayPause);
    play->setShortcut(Qt::Key_Space);
    playback->addAction(tr("Stop"), m_inspector->player(), &AudioPlayer::stop)->setShortcut(Qt::Key_Period);
    playback->addAction(tr("Play original (A)"), this, [this] { playVersion(false); })->setShortcut(Qt::Key_A);
    playback->addAction(tr("Play augmented (B)"), this, [this] { playVersion(true); })->setShortcut(Qt::Key_B);
    m_compareAction = playback->addAction(tr("&Compare A and B"), this, [this](bool on) { setCompareMode(on); });
    m_compareAction->setCheckable(true);
    m_compareAction->setShortcut(Qt::Key_C);
    QMenu *dataset = menuBar()->addMenu(tr("&Data set"));
    dataset->setObjectName(QStringLiteral("datasetMenu"));
    dataset->addAction(tr("Export &features..."), this, &MainWindow::showDatasetExport)
        ->setToolTip(tr("The data set's features or musicnn embeddings, labels, ids and split as one NumPy .npz file"));
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::playVersion(bool augmented) {
    if (augmented && !m_inspector->hasAugmented()) {
        statusBar()->showMessage(tr("No augmented clip yet: switch an augmentation on in the panel."));
        return;
    }
    // While it plays, A and B switch at the same moment of the clip (what an A/B comparison is);
    // from a stop they play from where the playhead is.
    m_inspector->showVersion(augmented ? ClipInspector::Version::Augmented : ClipInspector::Version::Original);
    m_inspector->player()->play();
}

void MainWindow::setCompareMode(bool on) {
    m_tabs->setCurrentWidget(m_inspector);
    m_inspector->setCompareMode(on);
    m_augment->setCompareShown(on);
    if (m_compareAction) m_compareAction->setChecked(on);
    if (on && !m_inspector->hasAugmented()) statusBar()->showMessage(tr("Switch an augmentation on in the panel to see what it changes."));
}

void MainWindow::openPath(const QString &path) {
    if (QFileInfo(path).isDir()) openFolder(path);
    else openAudioFile(path);
}

void MainWindow::openStartupPaths(const QStringList &paths) {
    QStringList files;
    QString folder;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir()) {
            if (folder.isEmpty()) folder = p;
        } else {
            files << p; // a missing or unreadable file is said where it is predicted or shown
        }
    }
    if (!folder.isEmpty()) openFolder(folder);
    else openDefaultDataset();
    if (files.size() == 1) {
        m_tabs->setCurrentWidget(m_inspector);
        // The data set's first clip must not replace the file asked for: the folder's opening
        // selects row 0 only when no file was named (see the folderOpened handler).
        openAudioFile(files.first());
    } else if (files.size() > 1) {
        predictPaths(files);
    }
    m_startupFile = files.size() == 1 ? files.first() : QString();
}

void MainWindow::openDefaultDataset() {
    // The folder opened last time, else the real sample in the shared data folder when there is
    // one (beside the checkout for a build, see common/DataLocations.h), else the first-start page.
    const QString last = AppSettings::dataFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir()) openFolder(last);
    else if (!sampleFolder().isEmpty()) openFolder(sampleFolder());
    else showStartPage();
}

QString MainWindow::sampleFolder() const {
    const QString shared = gtzan::sharedDataDir();
    const QString sample = shared.isEmpty() ? QString() : shared + QStringLiteral("/data/gtzan-sample");
    return QFileInfo(sample).isDir() ? sample : QString();
}

void MainWindow::showStartPage() {
    m_startPage->setSampleFolder(sampleFolder());
    m_middle->setCurrentWidget(m_startPage);
    setWindowTitle(tr("GTZAN Explorer"));
}

void MainWindow::openFolderAsked() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a GTZAN folder"), AppSettings::dataFolder());
    if (!dir.isEmpty()) openFolder(dir);
}

void MainWindow::showDownload() {
    if (!m_download) {
        m_download = new GetGtzanDialog(this);
        connect(m_download, &GetGtzanDialog::datasetReady, this, &MainWindow::openFolder);
    }
    m_download->show();
    m_download->raise();
    m_download->activateWindow();
}

void MainWindow::showDatasetExport() {
    if (!m_datasetExport) m_datasetExport = new DatasetExportDialog(m_browser->scan().root, this);
    // The data set open now, unless an export of another one is running.
    if (!m_datasetExport->isRunning() && !m_browser->scan().root.isEmpty()) m_datasetExport->dataEdit()->setText(m_browser->scan().root);
    m_datasetExport->show();
    m_datasetExport->raise();
    m_datasetExport->activateWindow();
}

// The synthetic demo (the first-start page's last choice): a small synthetic data set the engine
// writes once (a few seconds, off the GUI thread), clearly labelled.
void MainWindow::openDemoDataset() {
    setWindowTitle(tr("GTZAN Explorer - making the synthetic demo data set..."));
    gtzan::TaskRunner::instance().start<QString>(
        this, QStringLiteral("demo data set"),
        [](gtzan::TaskContext &task) {
            gtzan::DemoDatasetOptions options;
            options.cancel = task.cancelFlag();
            return gtzan::ensureDemoDataset(gtzan::defaultDemoDatasetRoot(), options);
        },
        [this](const QString &root) {
            openFolder(root);
            setWindowTitle(tr("GTZAN Explorer - SYNTHETIC demo data (File > Open folder for a real GTZAN)"));
        },
        [this](const gtzan::TaskError &e) {
            qWarning("%s", qPrintable(e.message));
            setWindowTitle(tr("GTZAN Explorer"));
        });
}

void MainWindow::setPresentationMode(bool on, bool remember) {
    if (remember) QSettings().setValue(QLatin1String(AppSettings::PresentationKey), on);
    if (m_presentationAction) m_presentationAction->setChecked(on);
    if (on == m_presentation) return;
    m_presentation = on;
    if (on) m_dockStateBeforePresentation = saveState();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (on) dock->hide();
    }
    if (!on && !m_dockStateBeforePresentation.isEmpty()) restoreState(m_dockStateBeforePresentation);
    Theme::setScale(on ? Theme::kPresentationScale : 1.0);
}

void MainWindow::openFolder(const QString &root) {
    statusBar()->showMessage(tr("Scanning %1...").arg(root));
    m_browser->openFolder(root);
}

void MainWindow::openAudioFile(const QString &path) {
    m_pendingRecent = path;
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    m_augment->setClipId(QFileInfo(path).completeBaseName());
    m_inspector->openFile(path);
}

QString MainWindow::augmentedStem() const {
    const QString id = m_inspector->currentPath().isEmpty() ? QStringLiteral("clip") : QFileInfo(m_inspector->currentPath()).completeBaseName();
    return gtzan::augmentationFileStem(id, m_inspector->augmentation());
}

QString MainWindow::exportFolder() const {
    const QString last = QSettings().value(QStringLiteral("export/folder")).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

void MainWindow::rememberExportFolder(const QString &path) { QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath()); }

void MainWindow::exportFigureAsked() {
    m_tabs->setCurrentWidget(m_inspector);
    if (m_inspector->figurePlots().isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export yet: open a clip and wait until it is drawn."));
        return;
    }
    FigureSizeDialog sizeDialog(this);
    if (sizeDialog.exec() != QDialog::Accepted) return;
    const QString stem = m_inspector->hasAugmented() ? augmentedStem() : QFileInfo(m_inspector->currentPath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export figure"), exportFolder() + QLatin1Char('/') + stem + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    rememberExportFolder(path);
    exportFigure(path, sizeDialog.figureSize());
}

bool MainWindow::exportFigure(const QString &path, const QSize &size) {
    try {
        widgets::exportFigure(m_inspector->figurePlots(), m_inspector->title(), path, size);
        statusBar()->showMessage(tr("Figure written to %1").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const gtzan::Error &e) {
        statusBar()->showMessage(e.message());
        // Said in a box that does not block (an export may be part of a longer job).
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Figure not written"), e.message(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
}

void MainWindow::exportPairAsked() {
    if (!m_inspector->hasAugmented()) {
        statusBar()->showMessage(tr("Switch an augmentation on first: there is no augmented clip to export."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the A/B pair"), exportFolder());
    if (folder.isEmpty()) return;
    QSettings().setValue(QStringLiteral("export/folder"), folder);
    exportPair(folder, FigureSizeDialog::remembered());
}

void MainWindow::exportPair(const QString &folder, const QSize &size) {
    // The figure is the compare view's: it is switched on and drawn first.
    if (!m_inspector->compareMode() || !m_inspector->compareShown()) {
        // Connected first: when both versions are ready the compare view is drawn at once.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_inspector, &ClipInspector::spectrogramShown, this, [this, folder, size, once] {
            if (!m_inspector->compareShown()) return;
            const QString to = folder;
            const QSize at = size;
            disconnect(*once);
            exportPair(to, at);
        });
        setCompareMode(true);
        return;
    }
    const QDir dir(folder);
    const QString stem = augmentedStem();
    const QString a = dir.filePath(QFileInfo(m_inspector->currentPath()).completeBaseName() + QStringLiteral("_A_original.wav"));
    const QString b = dir.filePath(stem + QStringLiteral(".wav"));
    const std::shared_ptr<const gtzan::Audio> original = m_inspector->originalAudio(), augmented = m_inspector->augmentedAudio();
    if (!exportFigure(dir.filePath(stem + QStringLiteral(".png")), size) || !exportFigure(dir.filePath(stem + QStringLiteral(".svg")), size)) return;
    statusBar()->showMessage(tr("Writing %1 and %2...").arg(QFileInfo(a).fileName(), QFileInfo(b).fileName()));
    gtzan::TaskRunner::instance().start<void>(
        this, QStringLiteral("export pair"),
        [original, augmented, a, b](gtzan::TaskContext &) {
            gtzan::writeAudio(a, *original);
            gtzan::writeAudio(b, *augmented);
        },
        [this, folder, stem] {
            statusBar()->showMessage(tr("A/B pair written to %1: %2.wav, .png, .svg and the original").arg(QDir::toNativeSeparators(folder), stem));
            Q_EMIT pairExported(folder);
        },
        [this](const gtzan::TaskError &e) { statusBar()->showMessage(e.message); });
}

void MainWindow::exportAugmented(const QString &path) {
    const std::shared_ptr<const gtzan::Audio> audio = m_inspector->augmentedAudio();
    if (!audio) return;
    statusBar()->showMessage(tr("Writing %1...").arg(path));
    gtzan::TaskRunner::instance().start<void>(
        this, QStringLiteral("export"), [audio, path](gtzan::TaskContext &) { gtzan::writeAudio(path, *audio); },
        [this, path] { statusBar()->showMessage(tr("Augmented clip written to %1").arg(path)); },
        [this](const gtzan::TaskError &e) { statusBar()->showMessage(e.message); });
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

} // namespace gui
} // namespace gtzan
