#pragma once

class QVBoxLayout;
class QWidget;

namespace gtzan {
namespace widgets {

// A dense page (Predict, Train, Faults, Map) that scrolls instead of making the window taller or
// wider than a laptop's screen: its content keeps its minimum size, so plots stay legible, while
// the page itself asks for little. Gives `page` a frameless scroll area and returns the layout of
// the content to fill (in place of `new QVBoxLayout(page)`).
QVBoxLayout *scrollPageLayout(QWidget *page);
// The same for an existing widget: a frameless scroll area holding it, to add as a tab page.
QWidget *scrollPageFor(QWidget *content);

} // namespace widgets
} // namespace gtzan
