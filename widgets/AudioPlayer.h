#pragma once
#include "audio/Audio.h"
#include <QObject>
#include <QTimer>
#include <memory>

class QAudioSink;

namespace gtzan {
namespace widgets {

class PcmSource;

// Plays mono audio from memory through QAudioSink (16-bit, at the audio's own rate): play, pause,
// stop, seek, volume, loop. position() follows what the sink has consumed, so a playhead drawn
// from positionChanged moves with what is heard.
class AudioPlayer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    void setAudio(const gtzan::Audio &audio); // stops what plays
    // Another version of the same sound (A/B, a new augmentation, beat clicks): playing goes on
    // from the same time with a short crossfade, a paused player keeps its place. Audio at another
    // rate cannot be switched in a running sink: it falls back to setAudio and a restart.
    void switchAudio(const gtzan::Audio &audio);
    bool hasAudio() const;
    double duration() const;
    double position() const;
    State state() const { return m_state; }
    double volume() const { return m_volume; }
    bool loop() const { return m_loop; }
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void seek(double seconds);
    void setVolume(double linear); // 0..1
    void setLoop(bool loop);

Q_SIGNALS:
    void stateChanged(AudioPlayer::State state);
    void positionChanged(double seconds);
    void errorOccurred(const QString &message);
    void audioSwitched(); // switchAudio put another version in (while playing: what is heard next)

private:
    void startSinkAt(double seconds);
    void stopSink();
    void setState(State s);
    void onSinkState(int state);

    std::unique_ptr<QAudioSink> m_sink;
    PcmSource *m_source;
    QTimer m_tick;
    int m_sampleRate = 0;
    qint64 m_frames = 0;
    double m_startSeconds = 0; // where the sink's current run began
    double m_pausedAt = 0;
    State m_state = State::Stopped;
    double m_volume = 1.0;
    bool m_loop = false;
    bool m_restarting = false;
    QString m_error;
};

} // namespace widgets
} // namespace gtzan
