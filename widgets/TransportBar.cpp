#include "widgets/TransportBar.h"
#include "common/ClockText.h"
#include "widgets/AudioPlayer.h"
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace gtzan {
namespace widgets {

TransportBar::TransportBar(AudioPlayer *player, QWidget *parent)
    : QWidget(parent), m_player(player), m_play(new QToolButton), m_stop(new QToolButton), m_loop(new QCheckBox(tr("Loop"))),
      m_volume(new QSlider(Qt::Horizontal)), m_position(new QLabel) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stop->setToolTip(tr("Stop"));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(int(player->volume() * 100));
    m_volume->setMaximumWidth(140);
    m_volume->setToolTip(tr("Volume"));
    m_loop->setObjectName(QStringLiteral("loopBox"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_loop), static_cast<QWidget *>(m_volume)})
        w->setFocusPolicy(Qt::NoFocus);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setMinimumWidth(110);
    layout->addWidget(m_play);
    layout->addWidget(m_stop);
    layout->addWidget(m_position);
    layout->addWidget(m_loop);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Volume")));
    layout->addWidget(m_volume);
    connect(m_play, &QToolButton::clicked, player, &AudioPlayer::togglePlayPause);
    connect(m_stop, &QToolButton::clicked, player, &AudioPlayer::stop);
    connect(m_loop, &QCheckBox::toggled, player, &AudioPlayer::setLoop);
    connect(m_volume, &QSlider::valueChanged, player, [player](int v) { player->setVolume(v / 100.0); });
    connect(player, &AudioPlayer::stateChanged, this, &TransportBar::showState);
    connect(player, &AudioPlayer::positionChanged, this, &TransportBar::showPosition);
    showState();
    showPosition(0);
}

void TransportBar::showState() {
    const bool playing = m_player->state() == AudioPlayer::State::Playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void TransportBar::showPosition(double seconds) {
    m_position->setText(QStringLiteral("%1 / %2").arg(gtzan::clockText(seconds, gtzan::ClockPrecision::Tenths),
                                                      gtzan::clockText(m_player->duration(), gtzan::ClockPrecision::Tenths)));
}

QString TransportBar::positionText() const { return m_position->text(); }

} // namespace widgets
} // namespace gtzan
