#include "ui/flashcards/heatmap_widget.h"

#include <QPainter>

namespace archdesk::ui {

namespace {
constexpr int kCell = 12;
constexpr int kGap = 2;
constexpr int kWeeks = 53;
constexpr int kLeft = 28;
constexpr int kTop = 4;
} // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(kTop + 7 * (kCell + kGap) + 20);
}

void HeatmapWidget::setData(std::map<std::int64_t, int> perDay, std::int64_t today)
{
    m_perDay = std::move(perDay);
    m_today = today;
    m_max = 0;
    for (const auto& [day, n] : m_perDay)
        m_max = std::max(m_max, n);
    update();
}

QSize HeatmapWidget::sizeHint() const { return {kLeft + kWeeks * (kCell + kGap) + 8, kTop + 7 * (kCell + kGap) + 20}; }

void HeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    const auto weekday = [](std::int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); };
    const std::int64_t lastMonday = m_today - weekday(m_today);
    const std::int64_t first = lastMonday - (kWeeks - 1) * 7;
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QStringList names = {tr("Mon"), QString(), tr("Wed"), QString(), tr("Fri"), QString(), QString()};
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    for (int d = 0; d < 7; ++d)
        p.drawText(QRect(0, kTop + d * (kCell + kGap), kLeft - 4, kCell), Qt::AlignRight | Qt::AlignVCenter, names[d]);
    const QColor empty = palette().color(QPalette::AlternateBase).darker(108);
    const QColor full(33, 110, 57);
    for (std::int64_t day = first; day <= m_today; ++day) {
        const int week = static_cast<int>((day - first) / 7);
        const int row = weekday(day);
        const auto it = m_perDay.find(day);
        const int n = it == m_perDay.end() ? 0 : it->second;
        QColor c = empty;
        if (n > 0 && m_max > 0) {
            const double t = 0.25 + 0.75 * static_cast<double>(n) / m_max;
            c = QColor::fromRgbF(1 - t * (1 - full.redF()), 1 - t * (1 - full.greenF()), 1 - t * (1 - full.blueF()));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRect(kLeft + week * (kCell + kGap), kTop + row * (kCell + kGap), kCell, kCell), 2, 2);
    }
    int total = 0;
    for (const auto& [day, n] : m_perDay)
        total += n;
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(kLeft, kTop + 7 * (kCell + kGap) + 2, width() - kLeft, 16), Qt::AlignLeft,
               tr("%n review(s) in the last year", nullptr, total));
}

} // namespace archdesk::ui
