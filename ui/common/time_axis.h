#pragma once
// A chart's time axis: ticks on whole hours or UTC midnights, labelled in the interface's language (Qt
// Charts' date-time axis names weekdays and months in English whatever the language), and no more of
// them than the chart's width shows whole.

class QCategoryAxis;
class QChartView;

namespace archdesk::ui {

// Lays the axis out over [fromMs, toMs] (milliseconds since the epoch, UTC) with at most maxTicks spaces
// between ticks: the time of day for three days or less (a midnight as its weekday when the span is over a
// day), the weekday for up to two weeks, else the date.
void setTimeTicks(QCategoryAxis* axis, double fromMs, double toMs, int maxTicks);

// How many ticks a chart view of this width shows without eliding their labels (2 to 8).
int timeTicksFor(const QChartView* view);

// Lays the view's time axis out again whenever the view is resized (call once per view).
void refitTimeAxisOnResize(QChartView* view);

} // namespace archdesk::ui
