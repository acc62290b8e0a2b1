#pragma once
#include "common/Matrix.h"
#include <QFutureWatcher>
#include <QMainWindow>

class SpectrogramView;
class QLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openAudioFile(const QString &path);

private:
    struct Result {
        gtzan::Matrix mel;
        QString error;
        double secondsPerFrame = 0;
        QString path;
    };
    void showResult();

    SpectrogramView *m_spectrogram;
    QLabel *m_info;
    QFutureWatcher<Result> m_watcher;
};
