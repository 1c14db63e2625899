#include "ui/dashboard/dashboard_page.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/content/content_stats.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"

namespace archdesk::ui {

DashboardPage::DashboardPage(AppState& state, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makePageHeader(tr("Dashboard"),
                                     tr("Readiness per exam domain, cards due, streak and your next best step."), this));

    const auto& content = state.content.content;
    const auto stats = core::content::computeStats(content);
    auto* form = new QFormLayout();
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Questions"), new QLabel(QString::number(stats.questions), this));
    form->addRow(tr("Flashcards"), new QLabel(QString::number(stats.cards), this));
    for (const auto& b : content.blueprints)
        form->addRow(tr("Blueprint"), new QLabel(tr("%1 — %2 domains, %3 questions in %4 minutes")
                                                     .arg(QString::fromStdString(b.name))
                                                     .arg(b.domains.size())
                                                     .arg(b.questions)
                                                     .arg(b.minutes),
                                                 this));
    for (auto* label : findChildren<QLabel*>())
        label->setWordWrap(true);
    form->addRow(tr("Content version"), new QLabel(QString::fromStdString(content.manifest.contentVersion), this));
    auto* where = new QLabel(state.db ? QString::fromStdString(state.dbPath)
                                      : tr("not available: %1").arg(QString::fromStdString(state.dbError)),
                             this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Your progress"), where);
    if (!state.content.ok())
        form->addRow(tr("Content problems"),
                     new QLabel(tr("%n problem(s) in the bundled content; run archdesk-cli content check", nullptr,
                                   static_cast<int>(state.content.problems.size())),
                                this));
    layout->addLayout(form);
    layout->addStretch(1);
}

} // namespace archdesk::ui
