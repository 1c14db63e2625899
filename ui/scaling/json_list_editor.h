#pragma once
// JsonListEditor: a plan list ("policies", "scheduled", "faults") as a list with Add / Duplicate / Remove
// and the selected item's form under it; rows with problems are marked.

#include <QWidget>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/util/result.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace archdesk::ui {

class JsonItemForm;

class JsonListEditor final : public QWidget
{
    Q_OBJECT
public:
    // key is the plan's array ("policies"); it names the problems this list shows.
    JsonListEditor(const QString& key, JsonItemForm* form, const QString& emptyText, QWidget* parent = nullptr);

    void setItems(const nlohmann::json& items);
    const nlohmann::json& items() const { return m_items; }
    // The whole plan's problems; this list takes those under its key.
    void setProblems(const std::vector<core::Error>& problems);

    QListWidget* list() const { return m_list; }
    JsonItemForm* form() const { return m_form; }
    int count() const { return static_cast<int>(m_items.size()); }
    void select(int row);
    void add();
    void duplicate();
    void remove();

signals:
    void changed();

private:
    void refreshRows();
    void showSelected();
    void formEdited();
    void showFormProblems();

    QString m_key;
    JsonItemForm* m_form = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
    nlohmann::json m_items = nlohmann::json::array();
    std::vector<core::Error> m_problems;
    bool m_loading = false;
};

} // namespace archdesk::ui
