#pragma once
// Saves a chart as PNG, or as SVG when the file name ends in .svg.

class QChartView;
class QString;

namespace archdesk::ui {

// A chart on a tab that has never been shown is first given a readable size. False when writing fails.
bool exportChartView(QChartView* view, const QString& file);

} // namespace archdesk::ui
