#pragma once
#include "audio/Audio.h"
#include <QObject>
#include <QString>
#include <memory>

namespace gtzan {
namespace widgets {
class AudioPlayer;
}
namespace gui {

// Plays a clip file from a given time, for the lists of the Faults tab (replica pairs, suspect
// labels). Decoding runs as a task (at most 10 minutes of a file: a list's clip is heard, not
// edited); the last two files stay decoded, so switching between the two clips of a pair (A/B)
// starts at once and at the same moment of the music.
class ClipPlayback : public QObject {
    Q_OBJECT
public:
    explicit ClipPlayback(QObject *parent = nullptr);
    ~ClipPlayback() override;
    void play(const QString &path, double fromSeconds);
    void stop();
    bool isPlaying() const;
    QString currentPath() const { return m_current; }
    double position() const; // seconds into the current file

Q_SIGNALS:
    void message(const QString &text);

private:
    void start(const QString &path, const std::shared_ptr<const gtzan::Audio> &audio, double fromSeconds);
    widgets::AudioPlayer *m_player;
    QString m_current;
    QString m_cachedPath[2];
    std::shared_ptr<const gtzan::Audio> m_cached[2];
};

} // namespace gui
} // namespace gtzan
