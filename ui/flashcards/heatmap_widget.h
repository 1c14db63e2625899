#pragma once
// HeatmapWidget: reviews per day as a calendar heatmap (weeks across, weekdays down), the last year.

#include <QWidget>
#include <map>

namespace archdesk::ui {

class HeatmapWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);
    // UTC day number → reviews; `today` is the last day shown.
    void setData(std::map<std::int64_t, int> perDay, std::int64_t today);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::map<std::int64_t, int> m_perDay;
    std::int64_t m_today = 0;
    int m_max = 0;
};

} // namespace archdesk::ui
