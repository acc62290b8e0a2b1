#pragma once
#include <QFutureWatcher>
#include <QMainWindow>

class AugmentationPanel;
class ClipInspector;
class DatasetBrowser;

// The explorer window: wiring only. The data set browser docks on the left, the clip inspector
// (views + player) sits in the middle, the augmentation panel docks on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // A folder opens as a data set, a file as a single clip.
    void openPath(const QString &path);
    void openFolder(const QString &root);
    void openAudioFile(const QString &path);
    void exportAugmented(const QString &path);

    ClipInspector *inspector() const { return m_inspector; }
    DatasetBrowser *browser() const { return m_browser; }
    AugmentationPanel *augmentation() const { return m_augment; }

protected:
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void buildMenus();
    void playVersion(bool augmented);

    ClipInspector *m_inspector;
    DatasetBrowser *m_browser;
    AugmentationPanel *m_augment;
    QFutureWatcher<QString> m_export;
};
