#pragma once
// A chart's time axis: ticks on whole minutes, hours, UTC midnights or month starts, labelled in the
// interface's language (Qt Charts' date-time axis names weekdays and months in English whatever the
// language), and no more of them than the chart's width shows whole.

class QCategoryAxis;
class QChartView;

namespace archdesk::ui {

// Lays the axis out over [fromMs, toMs] (milliseconds since the epoch, UTC) with at most maxTicks spaces
// between ticks: the time of day for three days or less (every 10, 15 or 30 minutes for the shortest; a
// midnight as its weekday when the span is over a day), the weekday for up to two weeks, the date, and
// over months the month starts (January as its year).
void setTimeTicks(QCategoryAxis* axis, double fromMs, double toMs, int maxTicks);

// How many ticks a chart view of this width shows without eliding their labels (2 to 8).
int timeTicksFor(const QChartView* view);

// Lays the view's time axis out again whenever the view is resized (call once per view).
void refitTimeAxisOnResize(QChartView* view);

} // namespace archdesk::ui
