#pragma once
// DashboardPage: the first page — what content is loaded and where the user's progress lives.

#include <QWidget>

namespace archdesk::ui {

struct AppState;

class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppState& state, QWidget* parent = nullptr);
};

} // namespace archdesk::ui
