#pragma once
#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QTableWidget;

namespace gtzan {
namespace gui {

// Help > Keyboard shortcuts: every action of the window that has a shortcut (read from the actions
// themselves, so the list cannot drift from the menus), then the keys and mouse gestures that
// belong to views rather than actions. Filterable by typing.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    using Gesture = QPair<QString, QString>; // (keys, what they do), both for a person
    ShortcutsDialog(const QList<QAction *> &actions, const QList<Gesture> &gestures, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace gui
} // namespace gtzan
