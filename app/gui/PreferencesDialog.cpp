#include "app/gui/PreferencesDialog.h"
#include "app/gui/AppSettings.h"
#include "app/gui/Language.h"
#include "app/gui/Theme.h"
#include "tensor/TorchRuntime.h"
#include "widgets/SpectrogramControls.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox), m_languageNote(new QLabel), m_theme(new QComboBox), m_device(new QComboBox),
      m_threads(new QSpinBox), m_dataFolder(new QLineEdit), m_recent(new QListWidget), m_spectrogram(new SpectrogramControls) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    for (const Language::Choice &c : Language::available()) m_language->addItem(c.name, c.code);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("A new language shows fully after a restart."));
    m_languageNote->setVisible(false);
    for (const QString &name : Theme::names()) m_theme->addItem(Theme::displayName(name), name);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_device->setObjectName(QStringLiteral("deviceBox"));
    m_device->addItem(tr("Automatic (a CUDA GPU when there is one)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setToolTip(tr("Where training, evaluation and prediction run. This LibTorch: %1.")
                             .arg(QLatin1String(preferredDeviceName()) == QLatin1String("cuda") ? tr("CUDA is usable") : tr("CPU only")));
    m_threads->setObjectName(QStringLiteral("threadsBox"));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("Automatic (%1)").arg(AppSettings::automaticComputeThreads()));
    m_threads->setToolTip(tr("Threads LibTorch uses for training, evaluation and prediction. Automatic leaves one core to the window. "
                             "A change applies to the jobs started after it."));
    m_dataFolder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_dataFolder->setPlaceholderText(tr("none: the GTZAN sample beside the checkout, else the synthetic demo set"));
    m_recent->setObjectName(QStringLiteral("recentList"));

    auto *general = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Co&mpute on:"), m_device);
    form->addRow(tr("Compute t&hreads:"), m_threads);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    auto *browse = new QPushButton(tr("&Browse..."));
    folderRow->addWidget(browse);
    // A row whose field is a layout gets no buddy from QFormLayout (its "&" would show): named here.
    auto *folderLabel = new QLabel(tr("&Data set folder:"));
    folderLabel->setBuddy(m_dataFolder);
    form->addRow(folderLabel, folderRow);

    auto *recentBox = new QGroupBox(tr("Recent files and folders"));
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);
    auto *clearRecent = new QPushButton(tr("&Clear list"));
    clearRecent->setObjectName(QStringLiteral("clearRecentButton"));
    recentLayout->addWidget(clearRecent, 0, Qt::AlignLeft);

    auto *spectrogramBox = new QGroupBox(tr("Spectrogram"));
    auto *spectrogramLayout = new QVBoxLayout(spectrogramBox);
    spectrogramLayout->addWidget(m_spectrogram);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(recentBox, 1);
    layout->addWidget(spectrogramBox);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data set folder"), m_dataFolder->text());
        if (!dir.isEmpty()) m_dataFolder->setText(dir);
    });
    connect(clearRecent, &QPushButton::clicked, m_recent, &QListWidget::clear);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_loadedLanguage); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    load();
}

void PreferencesDialog::load() {
    QSettings settings;
    m_loadedLanguage = settings.value(QLatin1String(Language::SettingsKey), QStringLiteral("system")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(AppSettings::theme())));
    m_device->setCurrentIndex(std::max(0, m_device->findData(AppSettings::computeDevice())));
    m_threads->setValue(AppSettings::computeThreads());
    m_dataFolder->setText(AppSettings::dataFolder());
    m_recent->clear();
    m_recent->addItems(AppSettings::recentPaths());
    settings.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
    m_spectrogram->restoreSettings(settings);
}

void PreferencesDialog::restoreDefaults() {
    m_language->setCurrentIndex(std::max(0, m_language->findData(QStringLiteral("system"))));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(QStringLiteral("system"))));
    m_device->setCurrentIndex(0);
    m_threads->setValue(0);
    m_dataFolder->clear();
    m_spectrogram->resetToDefaults();
}

void PreferencesDialog::apply() {
    QSettings settings;
    settings.setValue(QLatin1String(Language::SettingsKey), m_language->currentData().toString());
    AppSettings::setTheme(m_theme->currentData().toString());
    AppSettings::setComputeDevice(m_device->currentData().toString());
    const QString deviceNote = AppSettings::applyComputeDevice();
    if (!deviceNote.isEmpty()) QMessageBox::information(this, tr("Compute device"), deviceNote);
    AppSettings::setComputeThreads(m_threads->value());
    AppSettings::applyComputeThreads();
    AppSettings::setDataFolder(m_dataFolder->text().trimmed());
    QStringList recent;
    for (int i = 0; i < m_recent->count(); ++i) recent << m_recent->item(i)->text();
    AppSettings::setRecentPaths(recent);
    settings.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
    m_spectrogram->saveSettings(settings);
    settings.endGroup();
    Q_EMIT applied();
}

} // namespace gui
} // namespace gtzan
