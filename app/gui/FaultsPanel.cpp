#include "app/gui/FaultsPanel.h"
#include "app/gui/LeakageView.h"
#include "app/gui/ReplicasView.h"
#include "app/gui/SuspectsView.h"
#include "app/gui/SweepView.h"
#include "widgets/ScrollPage.h"
#include <QTabWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

FaultsPanel::FaultsPanel(QWidget *parent)
    : QWidget(parent), m_pages(new QTabWidget), m_replicas(new ReplicasView), m_suspects(new SuspectsView), m_leakage(new LeakageView),
      m_sweep(new SweepView) {
    setObjectName(QStringLiteral("faultsPanel"));
    auto *layout = widgets::scrollPageLayout(this); // scrolls rather than outgrow a laptop screen
    layout->setContentsMargins(4, 4, 4, 4);
    m_pages->setObjectName(QStringLiteral("faultPages"));
    m_pages->addTab(m_replicas, tr("Replicas"));
    m_pages->addTab(m_suspects, tr("Suspect labels"));
    m_pages->addTab(m_leakage, tr("Leakage"));
    m_pages->addTab(m_sweep, tr("Robustness sweep"));
    layout->addWidget(m_pages);
    connect(m_replicas, &ReplicasView::replicaNotesChanged, this, &FaultsPanel::replicaNotesChanged);
    connect(m_replicas, &ReplicasView::showInBrowserRequested, this, &FaultsPanel::showInBrowserRequested);
    connect(m_suspects, &SuspectsView::showInBrowserRequested, this, &FaultsPanel::showInBrowserRequested);
    connect(m_replicas, &ReplicasView::message, this, &FaultsPanel::message);
    connect(m_suspects, &SuspectsView::message, this, &FaultsPanel::message);
    connect(m_leakage, &LeakageView::message, this, &FaultsPanel::message);
    connect(m_sweep, &SweepView::message, this, &FaultsPanel::message);
}

void FaultsPanel::setFolder(const QString &folder) {
    m_replicas->setFolder(folder);
    m_suspects->setFolder(folder);
    m_leakage->setFolder(folder);
    m_sweep->setFolder(folder);
}

void FaultsPanel::showLeakage() { m_pages->setCurrentWidget(m_leakage); }

} // namespace gui
} // namespace gtzan
