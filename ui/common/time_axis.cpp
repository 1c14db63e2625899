#include "ui/common/time_axis.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace archdesk::ui {

namespace {
struct TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(archdesk::ui::TimeAxis)
};

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kMaxTicks = 8;
constexpr int kPixelsPerTick = 42; // a three-letter weekday and the space Qt Charts keeps around it
constexpr int kAxisMarginPixels = 60; // the value axis and the margins beside the plot

QString weekday(int dayOfWeek) // 1 = Monday, as QDate
{
    const std::array<QString, 7> names = {TimeAxis::tr("Mon"), TimeAxis::tr("Tue"), TimeAxis::tr("Wed"),
                                          TimeAxis::tr("Thu"), TimeAxis::tr("Fri"), TimeAxis::tr("Sat"),
                                          TimeAxis::tr("Sun")};
    return names[static_cast<std::size_t>(dayOfWeek - 1)];
}

QCategoryAxis* timeAxisOf(const QChartView* view)
{
    for (auto* axis : view->chart()->axes(Qt::Horizontal))
        if (auto* x = qobject_cast<QCategoryAxis*>(axis))
            return x;
    return nullptr;
}

class RefitOnResize final : public QObject
{
public:
    explicit RefitOnResize(QChartView* view) : QObject(view), m_view(view) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize)
            if (auto* x = timeAxisOf(m_view); x && x->count() > 0)
                setTimeTicks(x, x->min(), x->max(), timeTicksFor(m_view));
        return false;
    }

private:
    QChartView* m_view;
};
} // namespace

int timeTicksFor(const QChartView* view)
{
    return std::clamp((view->width() - kAxisMarginPixels) / kPixelsPerTick, 2, kMaxTicks);
}

void refitTimeAxisOnResize(QChartView* view)
{
    view->installEventFilter(new RefitOnResize(view));
}

void setTimeTicks(QCategoryAxis* axis, double fromMs, double toMs, int maxTicks)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(fromMs, toMs);
    axis->setStartValue(fromMs);
    const double span = toMs - fromMs;
    enum class Kind { TimeOfDay, Weekday, Date } kind = Kind::TimeOfDay;
    qint64 step = kHourMs;
    if (span <= 3 * kDayMs) {
        for (const int hours : {1, 2, 3, 6, 12, 24})
            if (static_cast<double>(step = hours * kHourMs) * maxTicks >= span)
                break;
    } else {
        kind = span <= 14 * kDayMs ? Kind::Weekday : Kind::Date;
        step = kDayMs * static_cast<qint64>(std::ceil(span / (static_cast<double>(kDayMs) * maxTicks)));
    }
    // Ticks on multiples of the step since the epoch: whole hours, UTC midnights.
    QStringList used;
    for (qint64 t = static_cast<qint64>(std::ceil(fromMs / static_cast<double>(step))) * step; t <= toMs; t += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        // Over more than a day, a midnight says which day it starts.
        const bool dayStart = kind == Kind::TimeOfDay && span > kDayMs && t % kDayMs == 0;
        QString label = dayStart                ? weekday(at.date().dayOfWeek())
                        : kind == Kind::TimeOfDay ? at.toString(QStringLiteral("HH:mm"))
                        : kind == Kind::Weekday ? weekday(at.date().dayOfWeek())
                                                : TimeAxis::tr("%1/%2", "month/day on a chart's time axis")
                                                      .arg(at.date().month())
                                                      .arg(at.date().day());
        // A category's label must be unique: a second Monday gets an invisible zero-width space.
        while (used.contains(label))
            label += QChar(0x200B);
        used << label;
        axis->append(label, static_cast<double>(t));
    }
}

} // namespace archdesk::ui
