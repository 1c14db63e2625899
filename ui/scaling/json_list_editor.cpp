#include "ui/scaling/json_list_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/scaling/field_messages.h"
#include "ui/scaling/json_item_form.h"
#include "ui/settings/theme.h"

namespace archdesk::ui {

using json = nlohmann::json;

JsonListEditor::JsonListEditor(const QString& key, JsonItemForm* form, const QString& emptyText, QWidget* parent)
    : QWidget(parent), m_key(key), m_form(form)
{
    setObjectName(key);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(key + QStringLiteral("List"));
    v->addWidget(m_list);
    m_empty = new QLabel(emptyText, this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    v->addWidget(m_empty);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("add"));
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    for (auto* b : {add, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    v->addLayout(buttons);
    m_form->setParent(this);
    v->addWidget(m_form);

    connect(add, &QPushButton::clicked, this, &JsonListEditor::add);
    connect(m_duplicate, &QPushButton::clicked, this, &JsonListEditor::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &JsonListEditor::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_form, &JsonItemForm::edited, this, &JsonListEditor::formEdited);
    refreshRows();
}

void JsonListEditor::setItems(const json& items)
{
    m_items = items.is_array() ? items : json::array();
    m_problems.clear();
    refreshRows();
    select(count() > 0 ? 0 : -1);
}

void JsonListEditor::select(int row)
{
    // A change of row shows the item through currentRowChanged; the same row (its item replaced) here.
    if (m_list->currentRow() == row)
        showSelected();
    else
        m_list->setCurrentRow(row);
}

void JsonListEditor::add()
{
    m_items.push_back(m_form->newItem());
    refreshRows();
    select(count() - 1);
    emit changed();
}

void JsonListEditor::duplicate()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return;
    json copy = m_items[static_cast<std::size_t>(row)];
    if (copy.is_object() && copy.contains("name") && copy["name"].is_string())
        copy["name"] = copy["name"].get<std::string>() + "-copy";
    m_items.insert(m_items.begin() + row + 1, copy);
    refreshRows();
    select(row + 1);
    emit changed();
}

void JsonListEditor::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return;
    m_items.erase(static_cast<std::size_t>(row));
    refreshRows();
    select(std::min(row, count() - 1));
    emit changed();
}

void JsonListEditor::setProblems(const std::vector<core::Error>& problems)
{
    m_problems = problems;
    refreshRows();
    showFormProblems();
}

void JsonListEditor::refreshRows()
{
    const bool was = m_loading;
    m_loading = true;
    const int current = m_list->currentRow();
    const QColor bad = isDarkTheme() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    while (m_list->count() > count())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < count(); ++i) {
        if (i >= m_list->count())
            m_list->addItem(QString());
        QListWidgetItem* row = m_list->item(i);
        row->setText(m_form->title(m_items[static_cast<std::size_t>(i)]));
        const auto problems = problemsUnder(m_problems, QStringLiteral("%1[%2]").arg(m_key).arg(i));
        QStringList tips;
        for (const auto& p : problems)
            tips << (p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message);
        row->setToolTip(tips.join(QLatin1Char('\n')));
        row->setForeground(problems.isEmpty() ? QBrush() : QBrush(bad));
    }
    if (current < count())
        m_list->setCurrentRow(current);
    const bool any = count() > 0;
    // As tall as its rows (two to five), so short lists leave room for the form.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 2);
    m_list->setFixedHeight(rowHeight * std::clamp(count(), 2, 5) + 2 * m_list->frameWidth() + 4);
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    m_form->setVisible(any);
    m_duplicate->setEnabled(any);
    m_remove->setEnabled(any);
    m_loading = was;
}

void JsonListEditor::showSelected()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return;
    m_loading = true;
    m_form->load(m_items[static_cast<std::size_t>(row)]);
    m_loading = false;
    showFormProblems();
}

void JsonListEditor::showFormProblems()
{
    const int row = m_list->currentRow();
    m_form->showProblems(row < 0 ? QList<FieldProblem>{}
                                 : problemsUnder(m_problems, QStringLiteral("%1[%2]").arg(m_key).arg(row)));
}

void JsonListEditor::formEdited()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= count())
        return;
    m_items[static_cast<std::size_t>(row)] = m_form->item();
    m_loading = true;
    m_list->item(row)->setText(m_form->title(m_items[static_cast<std::size_t>(row)]));
    m_loading = false;
    emit changed();
}

} // namespace archdesk::ui
