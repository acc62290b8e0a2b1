#include "app/gui/PredictionDetails.h"
#include "common/ClockText.h"
#include "widgets/GenreProbabilityChart.h"
#include "widgets/SegmentTimeline.h"
#include "widgets/TaggramView.h"
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

PredictionDetails::PredictionDetails(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_chart(new GenreProbabilityChart), m_timeline(new SegmentTimeline), m_tagsLabel(new QLabel),
      m_taggram(new TaggramView) {
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    // The genre chart and musicnn's tags side by side: the window's minimum height stays as it was.
    auto *tagsColumn = new QVBoxLayout;
    tagsColumn->addWidget(m_tagsLabel);
    tagsColumn->addWidget(m_taggram, 1);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chart, 1);
    chartRow->addLayout(tagsColumn, 1);
    layout->addLayout(chartRow, 1);
    layout->addWidget(new QLabel(tr("Genre of each segment along the file (hover for its probabilities):")));
    layout->addWidget(m_timeline);
    m_tagsLabel->setWordWrap(true);
    m_tagsLabel->setObjectName(QStringLiteral("tagsLabel"));
}

QString PredictionDetails::text() const { return m_title->text(); }

void PredictionDetails::clear(const QString &title) {
    m_title->setText(title);
    m_title->setToolTip(QString());
    m_chart->clear();
    m_timeline->clear();
    m_tagsLabel->clear();
    m_taggram->clear();
}

void PredictionDetails::showRow(const PredictionQueueModel::Row &r) {
    const bool partial = r.state == PredictionQueueModel::State::Partial;
    const QString name = QFileInfo(r.entry.file).fileName();
    if (!r.finished() && !partial) {
        clear(tr("%1: waiting for its prediction...").arg(name));
        return;
    }
    if (r.state == PredictionQueueModel::State::Failed) {
        clear(tr("%1 could not be predicted: %2").arg(name, r.entry.error));
        return;
    }
    const gtzan::FilePrediction &p = partial ? r.partial : r.entry.prediction;
    QString verdict;
    if (p.trust.unsure && p.trust.kind == QLatin1String("silence"))
        verdict = tr("<b>unsure</b>: the file is (nearly) silent, there is no music to tell a genre from");
    else if (p.trust.unsure && p.trust.kind == QLatin1String("far-from-training"))
        verdict = tr("<b>unsure</b>: this does not sound like any of the %1 GTZAN genres (most like %2, %3%)")
                      .arg(m_summary.genres.size())
                      .arg(p.genreName.toHtmlEscaped())
                      .arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else if (p.trust.unsure)
        verdict = tr("<b>unsure</b>: between %1 and %2 (%3%)")
                      .arg(p.genreName.toHtmlEscaped(), m_summary.genres.value(p.trust.runnerUp).toHtmlEscaped())
                      .arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else if (m_summary.calibrated) verdict = tr("<b>%1</b> (%2%)").arg(p.genreName.toHtmlEscaped()).arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else verdict = tr("%1 (%2%, not calibrated)").arg(p.genreName.toHtmlEscaped()).arg(p.trust.confidence * 100.0, 0, 'f', 0);
    if (p.trust.unsure && p.trust.kind == QLatin1String("too-short"))
        verdict = tr("<b>unsure</b>: %1 s of audio is too little to tell a genre from").arg(p.seconds, 0, 'f', 2);
    if (!p.soundsLike.empty()) {
        const QString style = p.soundsLike.style.toHtmlEscaped();
        verdict += QStringLiteral("; ") + (p.soundsLike.gtzanGenre ? tr("sounds %1: this model was not trained on %1").arg(style)
                                                                   : tr("sounds %1: GTZAN has no such genre").arg(style));
    }
    if (partial)
        m_title->setText(tr("<b>%1</b>: %2 &mdash; %3; refining...")
                             .arg(name.toHtmlEscaped(), verdict, PredictionQueueModel::partialSource(p, r.partialFraction).toHtmlEscaped()));
    else {
        const QString timing = tr("decode %1 ms, features %2 ms, network %3 ms; %4 ms from drop to probabilities")
                                   .arg(r.entry.timing.decodeMs, 0, 'f', 0)
                                   .arg(r.entry.timing.featuresMs, 0, 'f', 0)
                                   .arg(r.entry.timing.networkMs, 0, 'f', 0)
                                   .arg(r.latencyMs, 0, 'f', 0);
        // A long answer (unsure, a style outside the genres) keeps to two lines: the timings go to
        // the tooltip, or the charts below would be squeezed on a laptop's screen.
        const bool longAnswer = p.trust.unsure || !p.soundsLike.empty();
        m_title->setText(longAnswer ? tr("<b>%1</b>: %2 &mdash; %3").arg(name.toHtmlEscaped(), verdict, gtzan::clockText(p.seconds))
                                    : tr("<b>%1</b>: %2 &mdash; %3, segments: %4; %5")
                                          .arg(name.toHtmlEscaped(), verdict, gtzan::clockText(p.seconds))
                                          .arg(p.segments.size())
                                          .arg(timing));
        m_title->setToolTip(timing);
    }
    m_chart->setProbabilities(m_summary.genres, p.probabilities);
    m_timeline->setSegments(m_summary.genres, p.segments, p.seconds);
    if (p.tags.empty()) {
        m_tagsLabel->setText(tr("Tags: this model does not use musicnn."));
        m_taggram->clear();
    } else {
        QStringList tags;
        std::vector<int> rows;
        for (const gtzan::TagScore &t : p.tags) {
            tags << tr("%1 %2%").arg(t.tag.toHtmlEscaped()).arg(double(t.probability) * 100.0, 0, 'f', 0);
            rows.push_back(int(p.tagNames.indexOf(t.tag)));
        }
        // Three in the line (a longer list wrapped over the taggram on a laptop), all in the tooltip.
        const QString all = tags.join(QStringLiteral(", "));
        m_tagsLabel->setText(
            tr("musicnn's top tags: %1").arg(tags.mid(0, 3).join(QStringLiteral(", ")) + (tags.size() > 3 ? QStringLiteral(", ...") : QString())));
        m_tagsLabel->setToolTip(tr("musicnn's top tags: %1").arg(all));
        m_taggram->setTaggram(p.taggram, p.tagNames, rows, p.taggramPatchSeconds);
    }
}

} // namespace gui
} // namespace gtzan
