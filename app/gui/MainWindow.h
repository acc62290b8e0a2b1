#pragma once
#include <QMainWindow>

namespace gtzan {
namespace widgets {
class AugmentationPanel;
class ClipInspector;
class DatasetBrowser;
} // namespace widgets
} // namespace gtzan
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace gtzan {
namespace gui {

using widgets::AugmentationPanel;
using widgets::ClipInspector;
using widgets::DatasetBrowser;

class FaultsPanel;
class FirstStartPage;
class DatasetExportDialog;
class GetGtzanDialog;
class JobsIndicator;
class MapView;
class ListenView;
class PredictionPanel;
class TrainingDashboard;

// The explorer window: wiring only. The data set browser docks on the left, the augmentation panel
// on the right; the middle is a tab per task: Explore (the clip inspector: views + player), and
// the tabs the other tasks add (training, prediction), each a self-contained widget.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // A folder opens as a data set, a file as a single clip.
    void openPath(const QString &path);
    // Dropped paths: on the Predict tab everything is predicted; elsewhere a folder opens as a data
    // set and audio files are predicted (the Predict tab comes to the front).
    void dropPaths(const QStringList &paths);
    void predictPaths(const QStringList &paths);
    void openFolder(const QString &root);
    // What the command line named: a folder opens as the data set (else the default one opens, so
    // the browser always has a data set); one audio file opens in Explore; several are predicted.
    void openStartupPaths(const QStringList &paths);
    // The folder opened last time, else the 50-clip sample beside the program, else the first-start
    // page (open a folder, download GTZAN, the synthetic demo).
    void openDefaultDataset();
    void showStartPage();
    void showDownload();      // File > Download GTZAN...
    void showDatasetExport(); // Data set > Export features... (for the data set open in the browser)
    DatasetExportDialog *datasetExportDialog() const { return m_datasetExport; } // after showDatasetExport()
    // Presentation mode: fonts and plot lines 1.5x for a projector, the docks out of the way.
    // remember: kept for the next start (the View menu); a --presentation start is not remembered.
    void setPresentationMode(bool on, bool remember = true);
    bool presentationMode() const { return m_presentation; }
    // Explore shows A and B together (ClipInspector's compare mode); the panel's button follows.
    void setCompareMode(bool on);
    void openAudioFile(const QString &path);
    void exportAugmented(const QString &path);
    // The view shown in Explore as a PNG or SVG figure (false: said in the status line and a box).
    bool exportFigure(const QString &path, const QSize &size);
    // Into `folder`: the original (<clip>_A_original.wav), the augmented clip (<stem>.wav) and the
    // compare view (<stem>.png, <stem>.svg), <stem> naming the clip and the augmentation.
    void exportPair(const QString &folder, const QSize &size);
    QString augmentedStem() const; // e.g. "blues.00000_pitch+2_noise20dB"

Q_SIGNALS:
    void pairExported(const QString &folder);

public:
    ClipInspector *inspector() const { return m_inspector; }
    DatasetBrowser *browser() const { return m_browser; }
    AugmentationPanel *augmentation() const { return m_augment; }
    QDockWidget *augmentationDock() const { return m_augmentDock; }
    QTabWidget *tabs() const { return m_tabs; }
    TrainingDashboard *training() const { return m_training; }
    PredictionPanel *predictionPanel() const { return m_predict; }
    ListenView *listenView() const { return m_listen; }
    FaultsPanel *faults() const { return m_faults; }
    FirstStartPage *startPage() const { return m_startPage; }
    GetGtzanDialog *downloadDialog() const { return m_download; } // after showDownload()
    MapView *mapView() const { return m_map; }
    JobsIndicator *jobsIndicator() const { return m_jobs; }

    void showPreferences();
    void showShortcuts();

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();
    void buildViewMenu();
    void buildHelpMenu();
    void fillRecentMenu(QMenu *menu);
    void updateTaskActions();
    void restoreLayout();
    void saveLayout();
    void applySettings();
    void playVersion(bool augmented);
    void openDemoDataset();
    void openFolderAsked();
    QString sampleFolder() const; // ../shared's 50-clip sample, or empty
    void exportFigureAsked();
    void exportPairAsked();
    QString exportFolder() const; // where exports went last time (else home)
    void rememberExportFolder(const QString &path);
    QString layoutKey(const char *key) const; // per screen size: a laptop and a projector keep their own layout

    QTabWidget *m_tabs;
    QStackedWidget *m_middle;
    FirstStartPage *m_startPage;
    GetGtzanDialog *m_download = nullptr;
    DatasetExportDialog *m_datasetExport = nullptr;
    ClipInspector *m_inspector;
    DatasetBrowser *m_browser;
    AugmentationPanel *m_augment;
    QDockWidget *m_augmentDock;
    TrainingDashboard *m_training;
    PredictionPanel *m_predict;
    FaultsPanel *m_faults;
    MapView *m_map;
    ListenView *m_listen; // Listen live (#31), with the Predict tab's model
    JobsIndicator *m_jobs;
    QList<QAction *> m_taskActions; // Ctrl+1.. switch to the task tabs
    QString m_pendingRecent;        // an audio file asked for, remembered once it opened
    QString m_startupFile;          // the one file the command line named: the data set's first clip does not replace it
    bool m_presentation = false;
    bool m_augmentSteppedAside = false; // the augmentation dock hid itself for a tab other than Explore
    QByteArray m_dockStateBeforePresentation;
    QAction *m_presentationAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace gui
} // namespace gtzan
