#include "app/gui/GetGtzanDialog.h"
#include "app/gui/TaskControls.h"
#include "common/ClockText.h"
#include "download/GetGtzan.h"
#include "tasks/TaskRunner.h"
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const char *const kFolderKey = "download/folder";

// A progress line in the user's language, made on the worker (QCoreApplication::translate is
// thread-safe; the context is the dialog's, as its tr() would give).
QString progressText(const gtzan::GetGtzanProgress &p) {
    const double mb = 1024.0 * 1024.0;
    switch (p.stage) {
    case gtzan::GetGtzanProgress::Stage::Downloading: {
        const QString left =
            p.bytesPerSecond > 0 && p.total > 0 ? gtzan::clockText(double(p.total - p.done) / p.bytesPerSecond) : QStringLiteral("?");
        return QCoreApplication::translate("gtzan::gui::GetGtzanDialog", "Downloading from %1: %2 of %3 MB, %4 MB/s, %5 left")
            .arg(p.mirror)
            .arg(p.done / mb, 0, 'f', 0)
            .arg(p.total / mb, 0, 'f', 0)
            .arg(p.bytesPerSecond / mb, 0, 'f', 1)
            .arg(left);
    }
    case gtzan::GetGtzanProgress::Stage::Verifying:
        return QCoreApplication::translate("gtzan::gui::GetGtzanDialog", "Checking the SHA-256: %1 of %2 MB")
            .arg(p.done / mb, 0, 'f', 0)
            .arg(p.total / mb, 0, 'f', 0);
    case gtzan::GetGtzanProgress::Stage::Unpacking:
        return QCoreApplication::translate("gtzan::gui::GetGtzanDialog", "Unpacking: %1 MB").arg(p.done / mb, 0, 'f', 0);
    }
    return {};
}
} // namespace

GetGtzanDialog::GetGtzanDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Download GTZAN"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("GTZAN's genres.tar.gz (about 1.2 GB; 1.3 GB unpacked) comes from the first mirror that answers. Its SHA-256 "
                                "is checked before anything is unpacked, and it is unpacked into the folder below only. GTZAN has no "
                                "licence: it is shared for research and teaching."));
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Folder:")));
    m_folder = new QLineEdit;
    const QString remembered = QSettings().value(QLatin1String(kFolderKey)).toString();
    m_folder->setText(!remembered.isEmpty() ? remembered
                                            : QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).filePath(QStringLiteral("GTZAN")));
    row->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("Choose..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Put GTZAN in"), m_folder->text());
        if (!dir.isEmpty()) m_folder->setText(dir);
    });
    row->addWidget(browse);
    layout->addLayout(row);
    m_controls = new TaskControls(tr("&Download"));
    layout->addWidget(m_controls);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setPlaceholderText(tr("What each mirror does appears here."));
    layout->addWidget(m_log, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &GetGtzanDialog::reject);
    layout->addWidget(buttons);
    connect(m_controls, &TaskControls::startRequested, this, &GetGtzanDialog::start);
    connect(m_controls, &TaskControls::cancelRequested, this, [this] { gtzan::TaskRunner::instance().cancel(this, QStringLiteral("get gtzan")); });
    resize(640, 420);
}

QString GetGtzanDialog::folder() const { return m_folder->text().trimmed(); }
void GetGtzanDialog::setFolder(const QString &folder) { m_folder->setText(folder); }

void GetGtzanDialog::say(const QString &text) { m_log->appendPlainText(text); }

void GetGtzanDialog::start() {
    if (m_running || folder().isEmpty()) return;
    QSettings().setValue(QLatin1String(kFolderKey), folder());
    m_running = true;
    m_folder->setEnabled(false);
    m_controls->setRunning(true);
    m_controls->setProgress(-1, tr("Starting..."));
    const QString where = folder();
    gtzan::TaskRunner::instance().start<gtzan::GetGtzanResult>(
        this, QStringLiteral("get gtzan"),
        [where, mirrors = m_mirrors, dialog = this](gtzan::TaskContext &task) {
            gtzan::GetGtzanOptions o;
            o.folder = where;
            o.mirrors = mirrors;
            o.cancel = task.cancelFlag();
            // Posted (not coalesced like progress): every mirror's story reaches the log. The dialog
            // pointer is used only in the posted callback, which runs only while it lives.
            o.say = [&task, dialog](const QString &text) { task.post([dialog, text] { dialog->say(text); }); };
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            o.progress = [&task, clock](const gtzan::GetGtzanProgress &p) {
                if (clock->elapsed() < 100 && p.done != p.total) return; // ten updates a second are plenty
                clock->restart();
                task.progress(p.total > 0 ? double(p.done) / double(p.total) : -1, progressText(p));
            };
            return gtzan::getGtzan(o);
        },
        [this](const gtzan::GetGtzanResult &r) {
            finished(true, tr("GTZAN is in %1: %2 clips (%3).").arg(r.datasetRoot).arg(r.clips).arg(r.mirror));
            Q_EMIT datasetReady(r.datasetRoot);
            accept();
        },
        [this](const gtzan::TaskError &e) {
            finished(false, e.cancelled ? tr("Stopped. What was downloaded is kept: Download again resumes it.") : e.message);
        },
        [this](double fraction, const QString &text) { m_controls->setProgress(fraction, text); });
}

void GetGtzanDialog::finished(bool ok, const QString &message) {
    m_running = false;
    m_folder->setEnabled(true);
    m_controls->setRunning(false);
    m_controls->setStatus(message);
    say(message);
    if (!ok) m_controls->startButton()->setText(tr("&Download again"));
}

void GetGtzanDialog::reject() {
    if (m_running) gtzan::TaskRunner::instance().cancel(this, QStringLiteral("get gtzan"));
    QDialog::reject();
}

} // namespace gui
} // namespace gtzan
