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

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
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

QString month(int number) // 1 = January
{
    const std::array<QString, 12> names = {TimeAxis::tr("Jan"), TimeAxis::tr("Feb"), TimeAxis::tr("Mar"),
                                           TimeAxis::tr("Apr"), TimeAxis::tr("May"), TimeAxis::tr("Jun"),
                                           TimeAxis::tr("Jul"), TimeAxis::tr("Aug"), TimeAxis::tr("Sep"),
                                           TimeAxis::tr("Oct"), TimeAxis::tr("Nov"), TimeAxis::tr("Dec")};
    return names[static_cast<std::size_t>(number - 1)];
}

// The month starts (UTC) in [fromMs, toMs], every `months` months counted from January 1970.
QList<QDateTime> monthStarts(double fromMs, double toMs, int months)
{
    QList<QDateTime> ticks;
    const QDate first = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::ceil(fromMs)), Qt::UTC).date();
    QDate d(first.year(), first.month(), 1);
    if (QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() < fromMs)
        d = d.addMonths(1);
    while (((d.year() - 1970) * 12 + d.month() - 1) % months != 0)
        d = d.addMonths(1);
    for (QDateTime at(d, QTime(0, 0), Qt::UTC); static_cast<double>(at.toMSecsSinceEpoch()) <= toMs;
         at = at.addMonths(months))
        ticks << at;
    return ticks;
}

// Appends a tick. A category's label must be unique (QCategoryAxis drops a repeat): a second Monday, or a
// second March in a plan of over a year, gets an invisible zero-width space.
void appendTick(QCategoryAxis* axis, QString label, double at)
{
    const QStringList used = axis->categoriesLabels();
    while (used.contains(label))
        label += QChar(0x200B);
    axis->append(label, at);
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
    // Over months, ticks on month starts labelled with the month (January with its year).
    if (span > 28.0 * kDayMs * maxTicks) {
        QList<QDateTime> ticks;
        for (const int months : {1, 2, 3, 6, 12})
            if ((ticks = monthStarts(fromMs, toMs, months)).size() <= maxTicks + 1)
                break;
        for (const QDateTime& at : ticks)
            appendTick(axis, at.date().month() == 1 ? QString::number(at.date().year()) : month(at.date().month()),
                       static_cast<double>(at.toMSecsSinceEpoch()));
        return;
    }
    enum class Kind { TimeOfDay, Weekday, Date } kind = Kind::TimeOfDay;
    qint64 step = kHourMs;
    if (span <= 3 * kDayMs) {
        for (const int minutes : {10, 15, 30, 60, 120, 180, 360, 720, 1440})
            if (static_cast<double>(step = minutes * kMinuteMs) * maxTicks >= span)
                break;
    } else {
        kind = span <= 14 * kDayMs ? Kind::Weekday : Kind::Date;
        step = kDayMs * static_cast<qint64>(std::ceil(span / (static_cast<double>(kDayMs) * maxTicks)));
    }
    // Ticks on multiples of the step since the epoch: whole minutes, hours, UTC midnights.
    for (qint64 t = static_cast<qint64>(std::ceil(fromMs / static_cast<double>(step))) * step; t <= toMs; t += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        // Over more than a day, a midnight says which day it starts.
        const bool dayStart = kind == Kind::TimeOfDay && span > kDayMs && t % kDayMs == 0;
        const QString label = dayStart                  ? weekday(at.date().dayOfWeek())
                              : kind == Kind::TimeOfDay ? at.toString(QStringLiteral("HH:mm"))
                              : kind == Kind::Weekday   ? weekday(at.date().dayOfWeek())
                                                        : TimeAxis::tr("%1/%2", "month/day on a chart's time axis")
                                                              .arg(at.date().month())
                                                              .arg(at.date().day());
        appendTick(axis, label, static_cast<double>(t));
    }
}

} // namespace archdesk::ui
