// Series decimation: at most four points per pixel column, every local extreme kept.
#include <QtTest>
#include <cmath>

#include "core/util/decimate.h"
#include "core/util/random.h"

using namespace archdesk::core;

class TstDecimate : public QObject
{
    Q_OBJECT
private slots:
    void shortSeries_isReturnedUnchanged()
    {
        std::vector<SeriesPoint> pts{{0, 1}, {1, 5}, {2, 3}};
        const auto out = decimateMinMax(pts, 100);
        QCOMPARE(out.size(), pts.size());
        QCOMPARE(out[1].y, 5.0);
    }

    void yearOfMinutes_fitsFourPointsPerColumn()
    {
        std::vector<SeriesPoint> pts;
        Rng rng(7);
        for (int i = 0; i < 525600; ++i)
            pts.push_back({double(i), std::sin(i / 500.0) * 100 + rng.uniform() * 10});
        const std::size_t columns = 800;
        const auto out = decimateMinMax(pts, columns);
        QVERIFY(out.size() <= 4 * (columns + 1));
        QVERIFY(out.size() >= columns);
        QCOMPARE(out.front().x, pts.front().x);
        QCOMPARE(out.back().x, pts.back().x);
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x > out[i - 1].x);
    }

    void everyColumnsMinAndMax_survive()
    {
        // One spike up and one down inside long flat runs: a chart must still show both.
        std::vector<SeriesPoint> pts;
        for (int i = 0; i < 100000; ++i)
            pts.push_back({double(i), 10.0});
        pts[31337].y = 999;
        pts[77777].y = -999;
        const auto out = decimateMinMax(pts, 200);
        double maxY = -1e9, minY = 1e9;
        for (const auto& p : out) {
            maxY = std::max(maxY, p.y);
            minY = std::min(minY, p.y);
        }
        QCOMPARE(maxY, 999.0);
        QCOMPARE(minY, -999.0);
        const auto spike = std::find_if(out.begin(), out.end(), [](const SeriesPoint& p) { return p.y == 999; });
        QCOMPARE(spike->x, 31337.0);
    }

    // Means per column: one point each, the column's mean; bands stacked from them stay stacked.
    void means_onePerColumn_andStackedBandsStayStacked()
    {
        std::vector<SeriesPoint> lower, upper;
        Rng rng(3);
        for (int i = 0; i < 525600; ++i) {
            const double a = std::floor(rng.uniform() * 20), b = std::floor(rng.uniform() * 5);
            lower.push_back({double(i), a});
            upper.push_back({double(i), a + b});
        }
        const std::size_t columns = 400;
        const auto lo = decimateMean(lower, columns), up = decimateMean(upper, columns);
        QCOMPARE(lo.size(), columns + 2);
        QCOMPARE(up.size(), lo.size());
        QCOMPARE(lo.front().x, 0.0);
        QCOMPARE(lo.back().x, 525599.0);
        for (std::size_t i = 0; i < lo.size(); ++i) {
            QCOMPARE(up[i].x, lo[i].x);
            QVERIFY(up[i].y >= lo[i].y);
            if (i > 0)
                QVERIFY(lo[i].x > lo[i - 1].x);
        }
        // A column's point is its mean: the first column holds points 1 … 1313 (525,599 / 400 per column).
        double sum = 0;
        int n = 0;
        for (int i = 1; double(i) / 525599.0 * columns < 1; ++i, ++n)
            sum += lower[std::size_t(i)].y;
        QVERIFY(std::abs(lo[1].y - sum / n) < 1e-9);
        QCOMPARE(decimateMean({{0, 1}, {1, 2}, {2, 3}}, 10).size(), std::size_t(3)); // short: as it is
    }

    void localExtremesPerColumn_areKept()
    {
        // A random walk: in every pixel column the decimated min/max equal the original's.
        std::vector<SeriesPoint> pts;
        Rng rng(42);
        double y = 0;
        for (int i = 0; i < 20000; ++i) {
            y += rng.uniform() - 0.5;
            pts.push_back({double(i), y});
        }
        const std::size_t columns = 100;
        const auto out = decimateMinMax(pts, columns);
        const double span = pts.back().x - pts.front().x;
        const auto column = [&](double x) { return std::min<std::size_t>(std::size_t(x / span * columns), columns); };
        std::vector<double> inMin(columns + 1, 1e9), inMax(columns + 1, -1e9), outMin = inMin, outMax = inMax;
        for (const auto& p : pts) {
            inMin[column(p.x)] = std::min(inMin[column(p.x)], p.y);
            inMax[column(p.x)] = std::max(inMax[column(p.x)], p.y);
        }
        for (const auto& p : out) {
            outMin[column(p.x)] = std::min(outMin[column(p.x)], p.y);
            outMax[column(p.x)] = std::max(outMax[column(p.x)], p.y);
        }
        for (std::size_t c = 0; c <= columns; ++c) {
            QCOMPARE(outMin[c], inMin[c]);
            QCOMPARE(outMax[c], inMax[c]);
        }
    }
};

QTEST_APPLESS_MAIN(TstDecimate)
#include "tst_decimate.moc"
