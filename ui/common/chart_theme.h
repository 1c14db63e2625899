#pragma once
// Gives a new chart the light or dark Qt Charts theme that matches the application's palette.

class QChart;

namespace archdesk::ui {

// Call right after creating the chart: a theme resets the colours of series added before it.
void applyChartTheme(QChart* chart);

} // namespace archdesk::ui
