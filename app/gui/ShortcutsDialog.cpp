#include "app/gui/ShortcutsDialog.h"
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
// "&Open folder..." -> "Open folder"
QString plainText(const QAction *action) {
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QLatin1String("..."))) text.chop(3);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<Gesture> &gestures, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2)) {
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const QString &keys, const QString &what) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
    };
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty() && action->isVisible()) addRow(keys.join(tr(" or ")), plainText(action));
    }
    for (const Gesture &g : gestures) addRow(g.first, g.second);
    m_table->resizeColumnToContents(0);

    auto *filter = new QLineEdit;
    filter->setObjectName(QStringLiteral("shortcutsFilter"));
    filter->setPlaceholderText(tr("Type to filter"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const bool match = m_table->item(row, 0)->text().contains(text, Qt::CaseInsensitive) ||
                               m_table->item(row, 1)->text().contains(text, Qt::CaseInsensitive);
            m_table->setRowHidden(row, !match);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace gui
} // namespace gtzan
