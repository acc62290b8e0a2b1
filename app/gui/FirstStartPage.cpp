#include "app/gui/FirstStartPage.h"
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

FirstStartPage::FirstStartPage(QWidget *parent) : QWidget(parent) {
    // In a scroll area: on a 1366x768 laptop with the docks open, or in German, the text may need more
    // height than the middle of the window has.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    // Lines of reading length on a wide screen: the page keeps to a column, centred.
    content->setMaximumWidth(960);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to GTZAN Explorer"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto *about =
        new QLabel(tr("<p><b>GTZAN</b> is the music-genre data set most genre classifiers are first tried on: 1000 clips of 30 seconds, "
                      "100 in each of 10 genres (blues, classical, country, disco, hiphop, jazz, metal, pop, reggae, rock), 22050 Hz mono, "
                      "collected by George Tzanetakis in 2000-2001. The archive is about 1.2 GB.</p>"
                      "<p><b>Its faults</b> are known and shown here in the Faults tab: repeated clips, clips from the same recording, "
                      "mislabelled clips and distortions (Sturm, 2013). They make accuracies on random splits look better than they are.</p>"
                      "<p><b>Its terms:</b> GTZAN has no licence. The clips are excerpts of commercial recordings, shared for research and "
                      "teaching; do not redistribute them.</p>"));
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    layout->addWidget(about);

    const auto button = [&](const QString &text, const QString &explain, QLabel **noteOut = nullptr) {
        auto *b = new QPushButton(text);
        b->setMinimumHeight(b->sizeHint().height() * 5 / 4);
        auto *row = new QVBoxLayout;
        row->setSpacing(2);
        row->addWidget(b);
        auto *note = new QLabel(explain);
        note->setWordWrap(true);
        note->setEnabled(false); // the palette's quieter text
        row->addWidget(note);
        layout->addLayout(row);
        if (noteOut) *noteOut = note;
        return b;
    };
    QPushButton *open = button(tr("Open a GTZAN folder..."),
                               tr("A GTZAN you already have, in any of its layouts (genres/, genres_original/, or the folder above or below)."));
    open->setObjectName(QStringLiteral("openFolderButton"));
    connect(open, &QPushButton::clicked, this, &FirstStartPage::openFolderRequested);
    QPushButton *download = button(tr("Download GTZAN..."), tr("About 1.2 GB from a known mirror, checked against its published SHA-256, "
                                                               "unpacked safely, then opened. It can be paused and resumed."));
    download->setObjectName(QStringLiteral("downloadButton"));
    connect(download, &QPushButton::clicked, this, &FirstStartPage::downloadRequested);
    m_sample =
        button(tr("Use the 50-clip sample"), tr("Five real clips per genre, found beside the program: enough to try everything."), &m_sampleNote);
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    connect(m_sample, &QPushButton::clicked, this, [this] { Q_EMIT sampleRequested(m_sampleFolder); });
    QPushButton *demo =
        button(tr("Try the synthetic demo"),
               tr("Made-up sounds in ten folders, made on this computer in a few seconds: for trying the program, not for learning genres."));
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(demo, &QPushButton::clicked, this, &FirstStartPage::demoRequested);
    layout->addStretch(1);
    setSampleFolder({});
}

void FirstStartPage::setSampleFolder(const QString &folder) {
    m_sampleFolder = folder;
    m_sample->setVisible(!folder.isEmpty());
    m_sampleNote->setVisible(!folder.isEmpty());
}

} // namespace gui
} // namespace gtzan
