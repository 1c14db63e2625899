#include "ui/common/page_header.h"

#include <QLabel>
#include <QVBoxLayout>

namespace archdesk::ui {

QWidget* makePageHeader(const QString& title, const QString& subtitle, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(4);
    auto* heading = new QLabel(title, box);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!subtitle.isEmpty()) {
        auto* sub = new QLabel(subtitle, box);
        sub->setObjectName(QStringLiteral("pageSubtitle"));
        sub->setWordWrap(true);
        QPalette p = sub->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        sub->setPalette(p);
        layout->addWidget(sub);
    }
    return box;
}

} // namespace archdesk::ui
