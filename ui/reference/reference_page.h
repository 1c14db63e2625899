#pragma once
// ReferencePage: EC2 instance types and prices, the 2016 feature matrix, and topic pages with search.

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/content/reference_topics.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace archdesk::ui {

struct AppState;
class InstanceTableModel;
class InstanceFilterModel;

class ReferencePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencePage(AppState& state, QWidget* parent = nullptr);
    ~ReferencePage() override;

    // Re-reads prices and the Regions that have prices from the database (after an import).
    void reloadPrices();

    InstanceFilterModel* instanceFilter() const { return m_filter; }
    InstanceTableModel* instanceModel() const { return m_model; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* buildInstancesTab();
    QWidget* buildMatrixTab();
    QWidget* buildTopicsTab();
    void showFamilyDetails(const QModelIndex& proxyIndex);
    void fillRegions();
    void showRegionPrices(); // the selected Region's prices in the table and the detail pane
    QString pricesMarkdown(int sourceRow) const;
    void runTopicSearch(const QString& text);
    void showTopicItem(int row);
    QString familyMarkdown(const core::catalog::InstanceFamily& family) const;
    QString blueprintsMarkdown() const;

    AppState& m_state;
    std::optional<core::catalog::Catalog> m_catalog;
    QString m_catalogError;
    std::vector<core::content::ReferenceTopic> m_topics;
    QTabWidget* m_tabs = nullptr;
    InstanceTableModel* m_model = nullptr;
    InstanceFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_generation = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_family = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_topicSearch = nullptr;
    QListWidget* m_topicList = nullptr;
    QTextBrowser* m_topicView = nullptr;
};

} // namespace archdesk::ui
