#include "app/gui/ListenView.h"
#include "app/live/AudioCapture.h"
#include "app/live/AudioInputs.h"
#include "audio/LiveRecording.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "inference/LiveAnalysisThread.h"
#include "widgets/GenreProbabilityChart.h"
#include "widgets/SegmentTimeline.h"
#include "widgets/TaggramView.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace gtzan {
namespace gui {

using widgets::GenreProbabilityChart;
using widgets::SegmentTimeline;
using widgets::TaggramView;

namespace {
constexpr const char kDeviceKey[] = "listen/device";
constexpr size_t kMaxAnswers = 3600; // an hour of answers, a few MB
constexpr int kTopTagRows = 10;
} // namespace

ListenView::ListenView(QWidget *parent)
    : QWidget(parent), m_inputs(new QComboBox), m_refresh(new QPushButton(tr("Refresh"))), m_startStop(new QPushButton(tr("Start listening"))),
      m_saveRecording(new QPushButton(tr("Save recording…"))), m_saveTimeline(new QPushButton(tr("Save timeline…"))),
      m_record(new QCheckBox(tr("Keep what is heard (up to 10 min)"))), m_level(new QProgressBar), m_model(new QLabel), m_verdict(new QLabel),
      m_detail(new QLabel), m_status(new QLabel), m_timeline(new SegmentTimeline), m_taggram(new TaggramView),
      m_probabilities(new GenreProbabilityChart), m_capture(new live::AudioCapture(this)), m_stallProbe(new QTimer(this)) {
    setObjectName(QStringLiteral("listenView"));
    m_inputs->setObjectName(QStringLiteral("listenInputs"));
    m_startStop->setObjectName(QStringLiteral("listenStartStop"));
    m_verdict->setObjectName(QStringLiteral("listenVerdict"));
    m_inputs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_inputs->setMinimumContentsLength(16); // the full name is in its list and tooltip; a laptop needs the room
    m_inputs->setToolTip(tr("Microphones and line inputs, and the monitor of each output: what this computer plays"));
    m_startStop->setToolTip(tr("Start or stop listening (Ctrl+Shift+L)"));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(shortcut, &QShortcut::activated, this, [this] { isListening() ? stop() : start(); });
    m_level->setRange(-60, 0);
    m_level->setValue(-60);
    m_level->setFormat(tr("%v dBFS"));
    m_level->setMaximumWidth(220);
    m_level->setMinimumWidth(130); // the text sits on the bar: room for "-60 dBFS" beside the fill
    m_level->setToolTip(tr("Input level (RMS)"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_status->setWordWrap(true);
    m_model->setWordWrap(true);
    m_saveRecording->setEnabled(false);
    m_saveTimeline->setEnabled(false);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(new QLabel(tr("Input:")));
    inputRow->addWidget(m_inputs, 1);
    inputRow->addWidget(m_refresh);
    inputRow->addWidget(m_level);
    inputRow->addWidget(m_startStop);

    auto *timelineTitle = new QLabel(tr("Genre of each passing second (the last minute)"));
    auto *taggramTitle = new QLabel(tr("musicnn tags, newest on the right"));
    // Captions wrap rather than widen the tab: a German caption held the window at 1332 px on a
    // 1280x720 screen (test_gui_screen_fit).
    timelineTitle->setWordWrap(true);
    taggramTitle->setWordWrap(true);
    auto *plots = new QGridLayout;
    plots->addWidget(timelineTitle, 0, 0);
    plots->addWidget(m_timeline, 1, 0);
    plots->addWidget(taggramTitle, 2, 0);
    plots->addWidget(m_taggram, 3, 0);
    plots->addWidget(new QLabel(tr("Current probabilities")), 0, 1);
    plots->addWidget(m_probabilities, 1, 1, 3, 1);
    plots->setColumnStretch(0, 3);
    plots->setColumnStretch(1, 2);
    plots->setRowStretch(3, 1);
    m_taggram->setMinimumHeight(160);
    m_probabilities->setMinimumWidth(240);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_record);
    keepRow->addWidget(m_saveRecording);
    keepRow->addWidget(m_saveTimeline);
    keepRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_model);
    layout->addWidget(m_verdict);
    layout->addWidget(m_detail);
    layout->addLayout(plots, 1);
    layout->addLayout(keepRow);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &ListenView::refreshInputs);
    connect(m_startStop, &QPushButton::clicked, this, [this] { isListening() ? stop() : start(); });
    connect(m_saveRecording, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save recording"), QStringLiteral("listened.wav"), tr("WAV audio (*.wav)"));
        if (!path.isEmpty()) saveRecording(path);
    });
    connect(m_saveTimeline, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save timeline"), QStringLiteral("listened.csv"), tr("CSV (*.csv);;JSON lines (*.json)"));
        if (!path.isEmpty()) saveTimeline(path);
    });
    connect(m_capture, &live::AudioCapture::levelChanged, this, [this](double rmsDb) { m_level->setValue(int(std::clamp(rmsDb, -60.0, 0.0))); });
    connect(m_capture, &live::AudioCapture::failed, this, &ListenView::onFailure);
    // The GUI thread's worst stall while listening: a 10 ms timer that notes its longest gap.
    m_stallProbe->setInterval(10);
    connect(m_stallProbe, &QTimer::timeout, this, [this] {
        m_worstStallMs = std::max(m_worstStallMs, double(m_sinceProbe.nsecsElapsed()) / 1e6);
        m_sinceProbe.restart();
    });
    setModelPath(QString());
    refreshInputs();
    showIdle(tr("Pick an input and start listening. The first answer comes once 3 s of sound are there."));
}

ListenView::~ListenView() { stop(); }

void ListenView::setModelPath(const QString &path) {
    m_modelPath = path.isEmpty() ? QStringLiteral(":/models/starter.gtzm") : path;
    const bool starter = m_modelPath.startsWith(QLatin1String(":/"));
    m_model->setText(tr("Model: %1 (chosen in the Predict tab)").arg(starter ? tr("the starter model") : QFileInfo(m_modelPath).fileName()));
    if (isListening()) {
        stop();
        start(); // the new model from now on
    }
}

bool ListenView::isListening() const { return m_analysis != nullptr; }

void ListenView::refreshInputs() {
    const QString remembered = QSettings().value(QLatin1String(kDeviceKey)).toString();
    const QString current = m_inputs->currentData().toString();
    m_inputs->clear();
    for (const live::InputChoice &c : live::inputChoices()) {
        const QString label = c.isMonitor() ? tr("%1 (what this computer plays)").arg(c.description) : c.description;
        m_inputs->addItem(label, c.id);
        m_inputs->setItemData(m_inputs->count() - 1, c.id, Qt::ToolTipRole);
    }
    if (m_inputs->count() == 0) m_inputs->addItem(tr("No sound input found"), QString());
    const int wanted = m_inputs->findData(current.isEmpty() ? remembered : current);
    if (wanted >= 0) m_inputs->setCurrentIndex(wanted);
}

void ListenView::start() {
    if (isListening()) return;
    const QString id = m_inputs->currentData().toString();
    QString why;
    const live::InputChoice input = live::findInput(id, &why);
    if (id.isEmpty() || input.id.isEmpty()) return showIdle(tr("No sound input to listen to: %1").arg(why));
    if (!m_capture->start(input, &why)) return showIdle(why);
    QSettings().setValue(QLatin1String(kDeviceKey), input.id);
    m_answers.clear();
    m_genres.clear();
    m_tagNames.clear();
    m_recording = m_record->isChecked() ? std::make_unique<LiveRecording>(m_capture->sampleRate()) : nullptr;
    QPointer<ListenView> self(this);
    LiveAnalysisThread::Handlers handlers;
    handlers.ready = [self](const QStringList &genres, const QStringList &tags) {
        QMetaObject::invokeMethod(
            self,
            [self, genres, tags] {
                self->m_genres = genres;
                self->m_tagNames = tags;
            },
            Qt::QueuedConnection);
    };
    handlers.update = [self](const LiveUpdate &u) {
        QMetaObject::invokeMethod(
            self, [self, u] { self->onUpdate(u); }, Qt::QueuedConnection);
    };
    handlers.failed = [self](const QString &text) {
        QMetaObject::invokeMethod(
            self, [self, text] { self->onFailure(text); }, Qt::QueuedConnection);
    };
    m_analysis = std::make_unique<LiveAnalysisThread>(m_modelPath, m_capture->sampleRate(), LiveOptions{}, handlers);
    LiveAnalysisThread *analysis = m_analysis.get();
    m_capture->setSampleSink([this, analysis](const float *mono, size_t count) {
        analysis->append(mono, count);
        if (m_recording) m_recording->append(mono, count);
    });
    m_startStop->setText(tr("Stop listening"));
    m_inputs->setEnabled(false);
    m_record->setEnabled(false);
    m_verdict->setText(tr("Listening…"));
    m_detail->setText(
        tr("%1 (%2). The first answer comes once 3 s of sound are there.").arg(input.description, live::describeFormat(m_capture->format())));
    m_status->clear();
    m_worstStallMs = 0;
    m_sinceProbe.start();
    m_stallProbe->start();
    redraw();
    Q_EMIT listeningChanged(true);
}

void ListenView::stop() {
    if (!isListening()) return;
    m_stallProbe->stop();
    m_capture->setSampleSink({});
    m_capture->stop();
    m_analysis->stop();
    m_analysis.reset();
    m_startStop->setText(tr("Start listening"));
    m_inputs->setEnabled(true);
    m_record->setEnabled(true);
    m_level->setValue(-60);
    m_saveRecording->setEnabled(m_recording && m_recording->seconds() > 0);
    m_saveTimeline->setEnabled(!m_answers.empty());
    m_status->setText(
        tr("Stopped after %1 answers. The GUI thread's longest pause while listening: %2 ms.").arg(m_answers.size()).arg(m_worstStallMs, 0, 'f', 0));
    Q_EMIT listeningChanged(false);
}

void ListenView::onFailure(const QString &text) {
    stop();
    m_verdict->setText(tr("Stopped"));
    m_detail->setText(text);
    Q_EMIT message(text);
}

void ListenView::showIdle(const QString &why) {
    m_verdict->setText(tr("Not listening"));
    m_detail->setText(why);
}

void ListenView::onUpdate(const LiveUpdate &u) {
    if (!isListening()) return;
    m_answers.push_back(u);
    if (m_answers.size() > kMaxAnswers) m_answers.pop_front();
    m_saveTimeline->setEnabled(true);
    if (u.silent()) {
        m_verdict->setText(tr("Unsure: silence"));
        m_detail->setText(tr("The input is (nearly) silent: there is no music to tell a genre from."));
    } else {
        const double confidence = double(u.probabilities[size_t(u.genre)]);
        m_verdict->setText(u.trust.unsure ? tr("Unsure (most like %1, %2%)").arg(u.genreName).arg(confidence * 100, 0, 'f', 0)
                                          : tr("%1 (%2%)").arg(u.genreName).arg(confidence * 100, 0, 'f', 0));
        QStringList tags;
        for (size_t i = 0; i < u.tags.size() && i < 3; ++i) tags << u.tags[i].tag;
        QString detail = u.trust.unsure ? tr("Why unsure: %1.").arg(u.trust.reason) + QLatin1Char(' ') : QString();
        detail += tr("Tags: %1.").arg(tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", ")));
        detail += QLatin1Char(' ') + (u.tempoBpm > 0 ? tr("Tempo: %1 bpm, %2 beats in the last %3 s.")
                                                           .arg(u.tempoBpm, 0, 'f', 0)
                                                           .arg(u.beatSeconds.size())
                                                           .arg(std::min(8.0, u.windowSeconds + 2), 0, 'f', 0)
                                                     : tr("Tempo: not yet."));
        m_detail->setText(detail);
        m_probabilities->setProbabilities(m_genres, u.probabilities);
    }
    redraw();
}

void ListenView::redraw() {
    const double now = m_answers.empty() ? 0 : m_answers.back().time;
    const double from = std::max(0.0, now - kTimelineSeconds);
    std::vector<SegmentPrediction> segments;
    Matrix taggram;
    std::vector<const LiveUpdate *> tagged;
    for (const LiveUpdate &u : m_answers) {
        if (u.time < from) continue;
        if (!u.newestTags.empty()) tagged.push_back(&u);
        if (u.genre < 0) continue; // silence: a gap in the timeline, there is no genre to colour
        SegmentPrediction s;
        s.startSeconds = std::max(0.0, u.time - 1.0 - from);
        s.seconds = u.time - from - s.startSeconds;
        s.genre = u.genre;
        s.probabilities = u.probabilities;
        segments.push_back(s);
    }
    m_timeline->setSegments(m_genres, segments, kTimelineSeconds);
    if (!tagged.empty() && !m_tagNames.isEmpty()) {
        const int cols = int(tagged.front()->newestTags.size());
        taggram = Matrix(int(tagged.size()), cols);
        std::vector<double> mean(static_cast<size_t>(cols), 0.0);
        for (int r = 0; r < taggram.rows; ++r)
            for (int c = 0; c < cols; ++c) {
                taggram.at(r, c) = tagged[size_t(r)]->newestTags[size_t(c)];
                mean[size_t(c)] += taggram.at(r, c);
            }
        std::vector<int> order(static_cast<size_t>(cols));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return mean[size_t(a)] > mean[size_t(b)]; });
        order.resize(size_t(std::min(kTopTagRows, cols)));
        m_taggram->setTaggram(taggram, m_tagNames, order, 1.0);
    }
}

bool ListenView::saveRecording(const QString &path) {
    try {
        if (!m_recording) throw Error(tr("Nothing was kept: tick \"Keep what is heard\" before listening."));
        m_recording->save(path);
        Q_EMIT message(tr("Saved %1 s of what was heard to %2").arg(m_recording->seconds(), 0, 'f', 1).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Save recording"), e.message());
        return false;
    }
}

bool ListenView::saveTimeline(const QString &path) {
    QSaveFile file(path);
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        for (const LiveUpdate &u : m_answers) bytes += QJsonDocument(u.toJson(m_genres)).toJson(QJsonDocument::Compact) + '\n';
    } else {
        QStringList header{QStringLiteral("time"),   QStringLiteral("genre"), QStringLiteral("unsure"),
                           QStringLiteral("reason"), QStringLiteral("tempo"), QStringLiteral("tags")};
        header += m_genres;
        bytes += header.join(QLatin1Char(',')).toUtf8() + '\n';
        for (const LiveUpdate &u : m_answers) {
            QStringList tags;
            for (size_t i = 0; i < u.tags.size() && i < 3; ++i) tags << u.tags[i].tag;
            QStringList row{QString::number(u.time, 'f', 3),
                            u.genreName,
                            u.trust.unsure ? QStringLiteral("1") : QStringLiteral("0"),
                            u.trust.kind,
                            u.tempoBpm > 0 ? QString::number(u.tempoBpm, 'f', 1) : QString(),
                            QLatin1Char('"') + tags.join(QLatin1Char(';')) + QLatin1Char('"')};
            for (int k = 0; k < m_genres.size(); ++k)
                row << (size_t(k) < u.probabilities.size() ? QString::number(double(u.probabilities[size_t(k)]), 'f', 4) : QString());
            bytes += row.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commitExport(file)) {
        QMessageBox::warning(this, tr("Save timeline"), tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Saved the timeline (%1 answers) to %2").arg(m_answers.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace gui
} // namespace gtzan
