#pragma once
// Series decimation for charts: at most four points (first, min, max, last) per pixel column, so a
// chart of any length stays cheap to draw and still shows every peak and trough.

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

} // namespace archdesk::core
