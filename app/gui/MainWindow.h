#pragma once
#include <QMainWindow>

class ClipInspector;
class QLabel;

// The explorer window: wiring only. The clip inspector (views + player) sits in the middle; the
// data set browser and the augmentation panel dock beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openAudioFile(const QString &path);
    ClipInspector *inspector() const { return m_inspector; }

private:
    QWidget *notYet(const QString &what, const QString &why);
    ClipInspector *m_inspector;
};
