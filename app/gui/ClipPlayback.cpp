#include "app/gui/ClipPlayback.h"
#include "audio/AudioDecoder.h"
#include "tasks/TaskRunner.h"
#include "widgets/AudioPlayer.h"
#include <QFileInfo>
#include <algorithm>

namespace gtzan {
namespace gui {

namespace {
constexpr int kPlaybackRate = 22050;
constexpr double kMaxSeconds = 600;
} // namespace

ClipPlayback::ClipPlayback(QObject *parent) : QObject(parent), m_player(new widgets::AudioPlayer(this)) {
    connect(m_player, &widgets::AudioPlayer::errorOccurred, this, &ClipPlayback::message);
}

ClipPlayback::~ClipPlayback() { gtzan::TaskRunner::instance().cancelAll(this); }

void ClipPlayback::play(const QString &path, double fromSeconds) {
    for (int i = 0; i < 2; ++i)
        if (m_cachedPath[i] == path && m_cached[i]) return start(path, m_cached[i], fromSeconds);
    Q_EMIT message(tr("Decoding %1...").arg(QFileInfo(path).fileName()));
    gtzan::TaskRunner::instance().start<std::shared_ptr<const gtzan::Audio>>(
        this, QStringLiteral("decode"),
        [path](gtzan::TaskContext &task) {
            gtzan::DecodeOptions options;
            options.targetRate = kPlaybackRate;
            options.maxSeconds = kMaxSeconds;
            options.cancel = task.cancelFlag();
            return std::make_shared<const gtzan::Audio>(gtzan::decodeAudio(path, options));
        },
        [this, path, fromSeconds](const std::shared_ptr<const gtzan::Audio> &audio) {
            m_cachedPath[1] = m_cachedPath[0];
            m_cached[1] = m_cached[0];
            m_cachedPath[0] = path;
            m_cached[0] = audio;
            start(path, audio, fromSeconds);
        },
        [this, path](const gtzan::TaskError &e) {
            if (!e.cancelled) Q_EMIT message(tr("%1 cannot be played: %2").arg(QFileInfo(path).fileName(), e.message));
        });
}

void ClipPlayback::start(const QString &path, const std::shared_ptr<const gtzan::Audio> &audio, double fromSeconds) {
    m_current = path;
    m_player->setAudio(*audio);
    m_player->seek(std::clamp(fromSeconds, 0.0, std::max(0.0, m_player->duration() - 0.05)));
    m_player->play();
    Q_EMIT message(tr("Playing %1 from %2 s").arg(QFileInfo(path).fileName()).arg(fromSeconds, 0, 'f', 1));
}

void ClipPlayback::stop() {
    gtzan::TaskRunner::instance().cancel(this, QStringLiteral("decode"));
    m_player->stop();
}

bool ClipPlayback::isPlaying() const { return m_player->state() == widgets::AudioPlayer::State::Playing; }
double ClipPlayback::position() const { return m_player->position(); }

} // namespace gui
} // namespace gtzan
