#pragma once
#include <QWidget>

class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;

namespace gtzan {
namespace widgets {

class AudioPlayer;

// Play/pause, stop, loop, volume and the position of an AudioPlayer. The buttons take no
// keyboard focus, so the space key stays the window's play shortcut.
class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(AudioPlayer *player, QWidget *parent = nullptr);
    QToolButton *playButton() const { return m_play; }
    QToolButton *stopButton() const { return m_stop; }
    QCheckBox *loopBox() const { return m_loop; }
    QSlider *volumeSlider() const { return m_volume; }
    QString positionText() const;

private:
    void showState();
    void showPosition(double seconds);
    AudioPlayer *m_player;
    QToolButton *m_play;
    QToolButton *m_stop;
    QCheckBox *m_loop;
    QSlider *m_volume;
    QLabel *m_position;
};

} // namespace widgets
} // namespace gtzan
