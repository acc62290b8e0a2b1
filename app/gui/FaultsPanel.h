#pragma once
#include <QHash>
#include <QWidget>

class QTabWidget;

namespace gtzan {
namespace gui {

class LeakageView;
class ReplicasView;
class SuspectsView;
class SweepView;

// The Faults tab: what GTZAN's faults do to an evaluation, shown on the folder open in the
// browser. Four pages, each its own view and its own background task: Replicas, Suspect labels,
// Leakage and the robustness Sweep.
class FaultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FaultsPanel(QWidget *parent = nullptr);
    void setFolder(const QString &folder);
    void showLeakage(); // the Leakage page, for the Train tab's button

    QTabWidget *pages() const { return m_pages; }
    ReplicasView *replicas() const { return m_replicas; }
    SuspectsView *suspects() const { return m_suspects; }
    LeakageView *leakage() const { return m_leakage; }
    SweepView *sweep() const { return m_sweep; }

Q_SIGNALS:
    void replicaNotesChanged(const QHash<QString, QString> &noteByPath);
    void showInBrowserRequested(const QString &path);
    void message(const QString &text);

private:
    QTabWidget *m_pages;
    ReplicasView *m_replicas;
    SuspectsView *m_suspects;
    LeakageView *m_leakage;
    SweepView *m_sweep;
};

} // namespace gui
} // namespace gtzan
