#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
namespace gtzan {
namespace widgets {
class SpectrogramControls;
} // namespace widgets
} // namespace gtzan

namespace gtzan {
namespace gui {

using widgets::SpectrogramControls;

// Edit > Preferences: language, theme, the data set folder opened on start, the recent files and
// the spectrogram's settings. It reads QSettings when built and writes them on OK / Apply, then
// emits applied(); the window applies what changed. Restore Defaults only fills the fields.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *deviceBox() const { return m_device; }
    QSpinBox *threadsBox() const { return m_threads; }
    QLineEdit *dataFolderEdit() const { return m_dataFolder; }
    QListWidget *recentList() const { return m_recent; }
    SpectrogramControls *spectrogram() const { return m_spectrogram; }

public Q_SLOTS:
    void apply();
    void restoreDefaults();

Q_SIGNALS:
    void applied();

private:
    void load();

    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_dataFolder;
    QListWidget *m_recent;
    SpectrogramControls *m_spectrogram;
    QString m_loadedLanguage;
};

} // namespace gui
} // namespace gtzan
