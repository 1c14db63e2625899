#include "core/util/decimate.h"

#include <algorithm>
#include <array>

namespace archdesk::core {

namespace {
// The pixel column of x, for a series starting at x0 and spanning span (the last point lands on columns).
std::size_t columnOf(double x, double x0, double span, std::size_t columns)
{
    return span > 0 ? static_cast<std::size_t>((x - x0) / span * static_cast<double>(columns)) : 0;
}
} // namespace

std::vector<SeriesPoint> decimateMinMax(const std::vector<SeriesPoint>& points, std::size_t columns)
{
    columns = std::max<std::size_t>(columns, 1);
    if (points.size() <= 4 * columns)
        return points;

    const double x0 = points.front().x;
    const double span = points.back().x - x0;
    std::vector<SeriesPoint> out;
    out.reserve(4 * columns + 2);

    std::size_t i = 0;
    const std::size_t n = points.size();
    while (i < n) {
        const auto column = columnOf(points[i].x, x0, span, columns);
        const std::size_t first = i;
        std::size_t lo = i, hi = i;
        std::size_t j = i + 1;
        for (; j < n; ++j) {
            const auto c = columnOf(points[j].x, x0, span, columns);
            if (c != column && !(column >= columns && c >= columns))
                break;
            if (points[j].y < points[lo].y)
                lo = j;
            if (points[j].y > points[hi].y)
                hi = j;
        }
        const std::size_t last = j - 1;
        std::array<std::size_t, 4> keep{first, lo, hi, last};
        std::sort(keep.begin(), keep.end());
        const auto end = std::unique(keep.begin(), keep.end());
        for (auto it = keep.begin(); it != end; ++it)
            out.push_back(points[*it]);
        i = j;
    }
    return out;
}

std::vector<SeriesPoint> decimateMean(const std::vector<SeriesPoint>& points, std::size_t columns)
{
    columns = std::max<std::size_t>(columns, 1);
    if (points.size() <= columns + 2)
        return points;
    const double x0 = points.front().x;
    const double span = points.back().x - x0;
    std::vector<SeriesPoint> out;
    out.reserve(columns + 2);
    out.push_back(points.front());
    double sumX = 0, sumY = 0;
    std::size_t count = 0, column = 0;
    const auto flush = [&] {
        if (count > 0)
            out.push_back({sumX / static_cast<double>(count), sumY / static_cast<double>(count)});
        sumX = sumY = 0;
        count = 0;
    };
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        const auto c = std::min(columns - 1, columnOf(points[i].x, x0, span, columns));
        if (c != column) {
            flush();
            column = c;
        }
        sumX += points[i].x;
        sumY += points[i].y;
        ++count;
    }
    flush();
    out.push_back(points.back());
    return out;
}

} // namespace archdesk::core
