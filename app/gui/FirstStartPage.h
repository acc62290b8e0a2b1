#pragma once
#include <QWidget>

class QLabel;
class QPushButton;

namespace gtzan {
namespace gui {

// What the window shows when no data set is open (a fresh install with no GTZAN beside it): the
// ways to a data set (open a GTZAN folder, download GTZAN, the 50-clip sample when it is beside
// the program, the synthetic demo) and what GTZAN is: its size, its faults, its terms.
class FirstStartPage : public QWidget {
    Q_OBJECT
public:
    explicit FirstStartPage(QWidget *parent = nullptr);
    // The sample's folder, or empty to hide its button.
    void setSampleFolder(const QString &folder);

Q_SIGNALS:
    void openFolderRequested();
    void downloadRequested();
    void sampleRequested(const QString &folder);
    void demoRequested();

private:
    QPushButton *m_sample;
    QLabel *m_sampleNote;
    QString m_sampleFolder;
};

} // namespace gui
} // namespace gtzan
