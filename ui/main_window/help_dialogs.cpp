#include "ui/main_window/help_dialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/app_state.h"
#include "ui/main_window/shortcuts.h"

namespace archdesk::ui {

namespace {
struct HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(archdesk::ui::HelpDialogs)
};
} // namespace

void showShortcutsDialog(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(HelpDialogs::tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    const auto shortcuts = applicationShortcuts();
    auto* table = new QTableWidget(static_cast<int>(shortcuts.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({HelpDialogs::tr("Where"), HelpDialogs::tr("Keys"), HelpDialogs::tr("What it does")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < static_cast<int>(shortcuts.size()); ++row) {
        const auto& s = shortcuts[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(s.area));
        table->setItem(row, 1, new QTableWidgetItem(s.keys));
        table->setItem(row, 2, new QTableWidgetItem(s.action));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

void showAboutDialog(const AppState& state, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(HelpDialogs::tr("About Archdesk"));
    auto* layout = new QVBoxLayout(&dialog);
    const auto& manifest = state.content.content.manifest;
    auto* text = new QLabel(&dialog);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    text->setText(
        HelpDialogs::tr("<h2>Archdesk %1</h2>"
                    "<p>Study for the AWS Certified Solutions Architect – Professional exam and plan EC2 fleets, offline.</p>"
                    "<p><b>Content version:</b> %2 (generated %3)<br><b>Price data:</b> AWS Price List, us-east-1, "
                    "as of 2026-07-20 (imported prices show their own source and date)</p>"
                    "<p><b>Licences:</b> Archdesk is MIT-licensed. Bundled instance-type specifications and prices are "
                    "taken from aws/karpenter-provider-aws and kubernetes/autoscaler (Apache-2.0) and ec2instances.info "
                    "(MIT); AWS publishes the prices and specifications themselves. Questions and flashcards are "
                    "original text written for Archdesk.</p>"
                    "<p>AWS and Amazon EC2 are trademarks of Amazon.com, Inc. or its affiliates. Archdesk is not "
                    "affiliated with or endorsed by Amazon Web Services.</p>")
            .arg(QStringLiteral(ARCHDESK_VERSION), QString::fromStdString(manifest.contentVersion).toHtmlEscaped(),
                 QString::fromStdString(manifest.generated).toHtmlEscaped()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    dialog.exec();
}

} // namespace archdesk::ui
