#pragma once
// Series decimation for charts: at most four points (first, min, max, last) per pixel column, so a
// chart of any length stays cheap to draw and still shows every peak and trough; or one mean per column,
// for bands stacked on one another.

#include <cstddef>
#include <vector>

namespace archdesk::core {

struct SeriesPoint
{
    double x;
    double y;
};

// points must be sorted by x. columns is the chart's plot width in pixels (≥ 1). The result keeps
// the first and last point of the series, and in every column its first, minimum, maximum and last
// point in x order, without duplicates. A series already short enough is returned as it is.
std::vector<SeriesPoint> decimateMinMax(const std::vector<SeriesPoint>& points, std::size_t columns);

// One point per pixel column: the mean x and mean y of the column's points. Means add up, so bands stacked
// from series decimated this way stay stacked (min/max points of two series fall at different x, and
// their areas cross). The first and last points are kept; a series already short enough is returned as
// it is.
std::vector<SeriesPoint> decimateMean(const std::vector<SeriesPoint>& points, std::size_t columns);

} // namespace archdesk::core
