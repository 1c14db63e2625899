#pragma once
// StatisticsWidget: due forecast, reviews per day, true retention, counts by state and per-domain retention.

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace archdesk::ui {

class FlashcardsSession;
class HeatmapWidget;

class StatisticsWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsWidget(FlashcardsSession& session, QWidget* parent = nullptr);
    void refresh();
    // Writes the forecast chart and the heatmap as PNG files next to `basePath` (…-forecast.png, …-heatmap.png).
    bool exportPng(const QString& basePath) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    FlashcardsSession& m_session;
    QLabel* m_counts;
    QChartView* m_forecast;
    HeatmapWidget* m_heatmap;
    QTableWidget* m_retention;
    QTableWidget* m_domains;
    bool m_dirty = true;
};

} // namespace archdesk::ui
