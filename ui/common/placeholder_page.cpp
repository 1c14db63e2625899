#include "ui/common/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/common/page_header.h"

namespace archdesk::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& line, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makePageHeader(title, line, this));
    layout->addStretch(1);
}

} // namespace archdesk::ui
