// A plan's demand: the daily and weekly shapes, spikes, seeded noise, and CSV files (good and bad).
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/scaling/demand.h"
#include "core/scaling/demand_feed.h"
#include "core/scaling/demand_noise.h"
#include "core/scaling/scaling_plan.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;
using nlohmann::json;

namespace {
const EpochMs kMonday = *parseIso8601("2026-01-05T00:00:00Z");

std::size_t stepAt(const char* iso) { return std::size_t((*parseIso8601(iso) - kMonday) / 60000); }

// A pattern with everything on it: a weekend, noise, a spike, a dip below zero, and (for CSV) 40 rows.
DemandSpec everythingAtOnce(DemandPattern pattern)
{
    DemandSpec s;
    s.pattern = pattern;
    s.baseRps = 300;
    s.peakRps = 2400;
    s.peakHour = 15;
    s.weekendFactor = 0.5;
    s.noisePct = 5;
    s.spikes = {{*parseIso8601("2026-01-05T01:00:00Z"), 90, 900},
                {*parseIso8601("2026-01-06T02:00:00Z"), 45, -5000}};
    for (int i = 0; i < 40; ++i)
        s.csvPoints.emplace_back(kMonday + (i * 3 + 1) * kMsPerHour + 17000, 100.0 + 37.0 * i);
    return s;
}
const EpochMs kSundayEvening = *parseIso8601("2026-01-04T21:13:00Z"); // not on a step of the day's table

std::string writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path.toStdString();
}
} // namespace

class TstDemand : public QObject
{
    Q_OBJECT
private slots:
    // A raised cosine between the trough (base) and the peak at peak_hour UTC; on the weekly pattern
    // Saturday and Sunday are scaled by the weekend factor.
    void patterns_peakTroughAndWeekend_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<QString>("at");
        QTest::addColumn<double>("expected");
        const int daily = int(DemandPattern::Daily), weekly = int(DemandPattern::Weekly);
        QTest::newRow("daily: peak hour") << daily << "2026-01-05T15:00:00Z" << 2400.0;
        QTest::newRow("daily: 12 h later, the trough") << daily << "2026-01-06T03:00:00Z" << 300.0;
        QTest::newRow("daily: 6 h before the peak, halfway") << daily << "2026-01-05T09:00:00Z" << 1350.0;
        QTest::newRow("daily: Saturday as a weekday") << daily << "2026-01-10T15:00:00Z" << 2400.0;
        QTest::newRow("weekly: Friday's peak") << weekly << "2026-01-09T15:00:00Z" << 2400.0;
        QTest::newRow("weekly: Saturday's peak × 0.5") << weekly << "2026-01-10T15:00:00Z" << 1200.0;
        QTest::newRow("weekly: Sunday's trough × 0.5") << weekly << "2026-01-11T03:00:00Z" << 150.0;
        QTest::newRow("weekly: Monday again") << weekly << "2026-01-12T15:00:00Z" << 2400.0;
    }
    void patterns_peakTroughAndWeekend()
    {
        QFETCH(int, pattern);
        QFETCH(QString, at);
        QFETCH(double, expected);
        DemandSpec s;
        s.pattern = DemandPattern(pattern);
        s.baseRps = 300;
        s.peakRps = 2400;
        s.peakHour = 15;
        s.weekendFactor = 0.5;
        const auto d = buildDemand(s, kMonday, 60, 8 * 24 * 60, 1);
        QCOMPARE(d.size(), std::size_t(8 * 24 * 60));
        const double v = d[stepAt(at.toLatin1().constData())];
        QVERIFY2(std::abs(v - expected) < 1e-3, qPrintable(QString::number(v)));
    }

    // Every step follows the clock, whatever the start and the step: the run is copied from one day's
    // values, which must wrap at midnight and switch to the weekend's on Saturday.
    void patterns_anyStartAndStep_followTheClock_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("stepSeconds");
        QTest::addColumn<int>("days");
        QTest::newRow("midnight, 60 s") << "2026-01-05T00:00:00Z" << 60 << 9;
        QTest::newRow("mid-afternoon Thursday, 90 s") << "2026-01-08T15:31:30Z" << 90 << 5;
        QTest::newRow("an hour step from 05:00") << "2026-01-09T05:00:00Z" << 3600 << 4;
        QTest::newRow("7 s steps: no whole number a day") << "2026-01-09T22:10:00Z" << 7 << 2;
        QTest::newRow("a step longer than a day") << "2026-01-05T12:00:00Z" << 86400 + 3600 << 30;
    }
    void patterns_anyStartAndStep_followTheClock()
    {
        QFETCH(QString, start);
        QFETCH(int, stepSeconds);
        QFETCH(int, days);
        DemandSpec s;
        s.pattern = DemandPattern::Weekly;
        s.baseRps = 300;
        s.peakRps = 2400;
        s.peakHour = 15;
        s.weekendFactor = 0.5;
        const EpochMs t0 = *parseIso8601(start.toStdString());
        const std::int64_t steps = std::int64_t(days) * 86400 / stepSeconds;
        const auto d = buildDemand(s, t0, stepSeconds, steps, 1);
        QCOMPARE(d.size(), std::size_t(steps));
        for (std::int64_t i = 0; i < steps; ++i) {
            const EpochMs t = t0 + i * stepSeconds * kMsPerSecond;
            const double hour = double(t % kMsPerDay) / kMsPerHour;
            const auto weekday = ((t / kMsPerDay) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
            const double factor = weekday == 0 || weekday == 6 ? 0.5 : 1.0;
            const double expected = factor * (300 + 2100 * (0.5 + 0.5 * std::cos(2 * M_PI * (hour - 15) / 24)));
            if (std::abs(d[std::size_t(i)] - expected) > 1e-3 * expected)
                QFAIL(qPrintable(QStringLiteral("step %1: %2, expected %3").arg(i).arg(d[std::size_t(i)]).arg(expected)));
        }
    }

    // The requests a curve asks for (the served percentage's base): every step's rate × its seconds, the
    // steps that do not fill a group of eight included.
    void requests_sumEveryStep_data()
    {
        QTest::addColumn<int>("steps");
        for (int n : {0, 1, 7, 8, 9, 17, 1001})
            QTest::newRow(qPrintable(QStringLiteral("%1 steps").arg(n))) << n;
    }
    void requests_sumEveryStep()
    {
        QFETCH(int, steps);
        LargeVector<float> d;
        double expected = 0;
        for (int i = 0; i < steps; ++i) {
            d.push_back(float(100 + i % 13));
            expected += (100 + i % 13) * 30.0;
        }
        QCOMPARE(requestsOf(d, 30), expected); // whole numbers: exact in any order
    }

    // A spike adds its extra requests for its minutes, and only then.
    void spike_addsForItsMinutes()
    {
        DemandSpec s;
        s.baseRps = 100;
        s.spikes = {{*parseIso8601("2026-01-05T01:00:00Z"), 30, 900}};
        const auto d = buildDemand(s, kMonday, 60, 180, 1);
        QCOMPARE(d[stepAt("2026-01-05T00:59:00Z")], 100.0f);
        QCOMPARE(d[stepAt("2026-01-05T01:00:00Z")], 1000.0f);
        QCOMPARE(d[stepAt("2026-01-05T01:29:00Z")], 1000.0f);
        QCOMPARE(d[stepAt("2026-01-05T01:30:00Z")], 100.0f);
    }

    // A dip deeper than the demand leaves no requests at all, not a negative rate; overlapping spikes add up
    // whatever their order.
    void negativeSpike_stopsAtZero()
    {
        DemandSpec s;
        s.baseRps = 100;
        s.spikes = {{*parseIso8601("2026-01-05T01:00:00Z"), 30, -250}};
        auto d = buildDemand(s, kMonday, 60, 180, 1);
        QCOMPARE(d[stepAt("2026-01-05T01:00:00Z")], 0.0f);
        QCOMPARE(d[stepAt("2026-01-05T01:30:00Z")], 100.0f);
        s.spikes.push_back({*parseIso8601("2026-01-05T01:10:00Z"), 10, 200});
        d = buildDemand(s, kMonday, 60, 180, 1);
        QCOMPARE(d[stepAt("2026-01-05T01:10:00Z")], 50.0f);
        std::swap(s.spikes[0], s.spikes[1]);
        d = buildDemand(s, kMonday, 60, 180, 1);
        QCOMPARE(d[stepAt("2026-01-05T01:10:00Z")], 50.0f);
        QCOMPARE(d[stepAt("2026-01-05T01:20:00Z")], 0.0f);
    }

    // Noise is multiplicative with the given standard deviation, never negative, and the same for the
    // same seed.
    void noise_hasItsSpread_andFollowsTheSeed()
    {
        DemandSpec s;
        s.baseRps = 1000;
        s.noisePct = 4;
        const std::int64_t steps = 7 * 24 * 60;
        const auto d = buildDemand(s, kMonday, 60, steps, 7);
        double sum = 0, squares = 0;
        for (const float v : d) {
            QVERIFY(v >= 0);
            sum += v;
            squares += double(v) * v;
        }
        const double mean = sum / steps;
        const double sd = std::sqrt(squares / steps - mean * mean);
        QVERIFY2(std::abs(mean - 1000) < 5, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(sd - 40) < 4, qPrintable(QString::number(sd)));
        QVERIFY(buildDemand(s, kMonday, 60, steps, 7) == d);
        QVERIFY(buildDemand(s, kMonday, 60, steps, 8) != d);
        s.noisePct = 0;
        const auto flat = buildDemand(s, kMonday, 60, steps, 7);
        QVERIFY(std::all_of(flat.begin(), flat.end(), [](float v) { return v == 1000.0f; }));
    }

    // Four draws at a time (AVX2) give exactly the values of one at a time: every length around the
    // groups of four, noise deep enough to clip at zero, zero demand.
    void noise_fourAtATime_sameAsOneAtATime_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("pct");
        QTest::addColumn<qulonglong>("seed");
        for (const int count : {0, 1, 3, 4, 5, 7, 8, 9, 1001, 100003})
            QTest::addRow("%d values, 3 %%", count) << count << 3.0 << qulonglong(7);
        QTest::newRow("deep noise, clipped at zero") << 20000 << 45.0 << qulonglong(1);
        QTest::newRow("seed zero") << 20000 << 5.0 << qulonglong(0);
    }
    void noise_fourAtATime_sameAsOneAtATime()
    {
        QFETCH(int, count);
        QFETCH(double, pct);
        QFETCH(qulonglong, seed);
        std::vector<float> base(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < base.size(); ++i)
            base[i] = i % 97 == 0 ? 0.0f : float(100 + (i * 7919) % 26000) + 0.25f; // some zeros, many sizes
        auto one = base, four = base;
        demand_noise::oneAtATime(one, pct, seed);
        if (!demand_noise::fourAtATime(four, pct, seed))
            QSKIP("this processor has no AVX2: only the one-at-a-time path runs");
        QVERIFY(one.empty() || std::memcmp(one.data(), four.data(), one.size() * sizeof(float)) == 0); // bit for bit
        if (pct > 40)
            QVERIFY(std::count(one.begin(), one.end(), 0.0f) > count / 97 + 1); // some were clipped
        if (count > 1)
            QVERIFY(one != base); // noise moved something (base[0] is zero, which noise leaves at zero)
    }

    // A curve built piece by piece (as the simulator's second thread builds it) is the curve built whole,
    // bit for bit, however it is cut: the table's wrap, the weekend, spikes across a cut, the noise's draws.
    void pieces_sameAsTheWholeCurve_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<int>("stepSeconds");
        QTest::addColumn<int>("piece");
        for (const int piece : {1, 3, 4, 4097, 10000}) {
            QTest::addRow("weekly, 60 s, pieces of %d", piece) << int(DemandPattern::Weekly) << 60 << piece;
            QTest::addRow("daily, 7 s, pieces of %d", piece) << int(DemandPattern::Daily) << 7 << piece;
            QTest::addRow("constant, 60 s, pieces of %d", piece) << int(DemandPattern::Constant) << 60 << piece;
            QTest::addRow("csv, 30 s, pieces of %d", piece) << int(DemandPattern::Csv) << 30 << piece;
        }
    }
    void pieces_sameAsTheWholeCurve()
    {
        QFETCH(int, pattern);
        QFETCH(int, stepSeconds);
        QFETCH(int, piece);
        const DemandSpec s = everythingAtOnce(DemandPattern(pattern));
        const EpochMs start = kSundayEvening;
        const std::int64_t steps = 8 * 86400 / stepSeconds + 5;
        const auto whole = buildDemand(s, start, stepSeconds, steps, 42);
        const DemandBuilder builder(s, start, stepSeconds, steps, 42);
        LargeVector<float> pieces;
        for (std::int64_t end = piece; pieces.size() < whole.size(); end += piece)
            builder.appendUpTo(pieces, end);
        QCOMPARE(pieces.size(), whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i)
            if (std::memcmp(&pieces[i], &whole[i], sizeof(float)) != 0)
                QFAIL(qPrintable(QStringLiteral("step %1: %2 in pieces, %3 whole").arg(i).arg(pieces[i]).arg(whole[i])));
        QVERIFY(std::count(whole.begin(), whole.end(), 0.0f) > 0); // the dip reached zero
    }

    // The same plan gives the same demand from one version to the next: values pinned from the curve as
    // built whole before it could be built in pieces (noise, a spike and a dip below zero included).
    void pinnedValues_sameFromVersionToVersion_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<int>("step");
        QTest::addColumn<float>("expected");
        QTest::newRow("constant, step 0") << int(DemandPattern::Constant) << 0 << 294.037628f;
        QTest::newRow("constant, step 1") << int(DemandPattern::Constant) << 1 << 295.702637f;
        QTest::newRow("constant, step 227") << int(DemandPattern::Constant) << 227 << 1184.35669f;
        QTest::newRow("constant, step 300") << int(DemandPattern::Constant) << 300 << 1196.49707f;
        QTest::newRow("constant, step 1500") << int(DemandPattern::Constant) << 1500 << 304.844818f;
        QTest::newRow("constant, step 1750") << int(DemandPattern::Constant) << 1750 << 0.0f;
        QTest::newRow("constant, step 1800") << int(DemandPattern::Constant) << 1800 << 326.865601f;
        QTest::newRow("constant, step 8000") << int(DemandPattern::Constant) << 8000 << 306.694611f;
        QTest::newRow("constant, step 11519") << int(DemandPattern::Constant) << 11519 << 275.815491f;
        QTest::newRow("daily, step 0") << int(DemandPattern::Daily) << 0 << 1264.82495f;
        QTest::newRow("daily, step 1") << int(DemandPattern::Daily) << 1 << 1267.47913f;
        QTest::newRow("daily, step 227") << int(DemandPattern::Daily) << 227 << 1323.19617f;
        QTest::newRow("daily, step 300") << int(DemandPattern::Daily) << 300 << 1218.43506f;
        QTest::newRow("daily, step 1500") << int(DemandPattern::Daily) << 1500 << 1037.66943f;
        QTest::newRow("daily, step 1750") << int(DemandPattern::Daily) << 1750 << 0.0f;
        QTest::newRow("daily, step 1800") << int(DemandPattern::Daily) << 1800 << 328.705597f;
        QTest::newRow("daily, step 8000") << int(DemandPattern::Daily) << 8000 << 1803.85608f;
        QTest::newRow("daily, step 11519") << int(DemandPattern::Daily) << 11519 << 1190.64697f;
        QTest::newRow("weekly, step 0") << int(DemandPattern::Weekly) << 0 << 632.412476f;
        QTest::newRow("weekly, step 1") << int(DemandPattern::Weekly) << 1 << 633.739563f;
        QTest::newRow("weekly, step 227") << int(DemandPattern::Weekly) << 227 << 1323.19617f;
        QTest::newRow("weekly, step 300") << int(DemandPattern::Weekly) << 300 << 1218.43506f;
        QTest::newRow("weekly, step 1500") << int(DemandPattern::Weekly) << 1500 << 1037.66943f;
        QTest::newRow("weekly, step 1750") << int(DemandPattern::Weekly) << 1750 << 0.0f;
        QTest::newRow("weekly, step 1800") << int(DemandPattern::Weekly) << 1800 << 328.705597f;
        QTest::newRow("weekly, step 8000") << int(DemandPattern::Weekly) << 8000 << 901.92804f;
        QTest::newRow("weekly, step 11519") << int(DemandPattern::Weekly) << 11519 << 1190.64697f;
        QTest::newRow("csv, step 0") << int(DemandPattern::Csv) << 0 << 0.0f;
        QTest::newRow("csv, step 1") << int(DemandPattern::Csv) << 1 << 0.0f;
        QTest::newRow("csv, step 227") << int(DemandPattern::Csv) << 227 << 888.267517f;
        QTest::newRow("csv, step 300") << int(DemandPattern::Csv) << 300 << 997.080933f;
        QTest::newRow("csv, step 1500") << int(DemandPattern::Csv) << 1500 << 364.797638f;
        QTest::newRow("csv, step 1750") << int(DemandPattern::Csv) << 1750 << 0.0f;
        QTest::newRow("csv, step 1800") << int(DemandPattern::Csv) << 1800 << 431.462585f;
        QTest::newRow("csv, step 8000") << int(DemandPattern::Csv) << 8000 << 1577.4325f;
        QTest::newRow("csv, step 11519") << int(DemandPattern::Csv) << 11519 << 1418.61096f;
    }
    void pinnedValues_sameFromVersionToVersion()
    {
        QFETCH(int, pattern);
        QFETCH(int, step);
        QFETCH(float, expected);
        const DemandSpec s = everythingAtOnce(DemandPattern(pattern));
        const auto d = buildDemand(s, kSundayEvening, 60, 8 * 1440, 42);
        // Exactly: printed to 9 digits, a float reads back as itself.
        QCOMPARE(d[std::size_t(step)], expected);
    }

    // The feed: a long curve built on a second thread, read step by step as it comes in, is the whole
    // curve, and so is a short one built at once; it also gives the curve's requests.
    void feed_readsTheWholeCurve_data()
    {
        QTest::addColumn<qlonglong>("steps");
        QTest::newRow("a year of minutes: on a second thread") << qlonglong(525600);
        QTest::newRow("a week: at once") << qlonglong(7 * 1440);
        QTest::newRow("none") << qlonglong(0);
    }
    void feed_readsTheWholeCurve()
    {
        QFETCH(qlonglong, steps);
        const DemandSpec s = everythingAtOnce(DemandPattern::Weekly);
        const auto whole = buildDemand(s, kMonday, 60, steps, 7);
        DemandFeed feed(s, kMonday, 60, steps, 7);
        const float* data = feed.data();
        for (std::int64_t i = 0; i < steps; ++i) {
            if (i % 1000 == 0)
                feed.waitFor(std::min<std::int64_t>(steps, i + 1000));
            if (std::memcmp(&data[i], &whole[static_cast<std::size_t>(i)], sizeof(float)) != 0)
                QFAIL(qPrintable(QStringLiteral("step %1 differs").arg(i)));
        }
        double requests = -1;
        const auto curve = feed.take(requests);
        QVERIFY(curve == whole);
        QCOMPARE(requests, requestsOf(whole, 60));
    }

    // CSV rows give ISO times or seconds from the start; each value holds until the next row, and there
    // is no demand before the first. A header and Windows line endings are fine.
    void csv_rowsHoldUntilTheNext()
    {
        QTemporaryDir dir;
        const std::string file = writeFile(dir, "demand.csv",
                                           "time,rps\r\n2026-01-05T00:05:00Z,100\r\n600,250.5\r\n\r\n"
                                           "2026-01-05T00:30:00Z,50\r\n");
        const auto points = loadDemandCsv(file, kMonday);
        QVERIFY2(points.ok(), points.ok() ? "" : points.error().describe().c_str());
        QCOMPARE(points->size(), std::size_t(3));
        DemandSpec s;
        s.pattern = DemandPattern::Csv;
        s.csvPoints = *points;
        const auto d = buildDemand(s, kMonday, 60, 60, 1);
        QCOMPARE(d[4], 0.0f);
        QCOMPARE(d[5], 100.0f);
        QCOMPARE(d[9], 100.0f);
        QCOMPARE(d[10], 250.5f);
        QCOMPARE(d[29], 250.5f);
        QCOMPARE(d[30], 50.0f);
        QCOMPARE(d[59], 50.0f);
    }

    // A bad CSV is refused with FILE:LINE and what was expected there.
    void csv_badRows_nameFileLineAndWhatWasExpected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << QByteArray("time,rps\n0,100\n60,lots\n") << ":3"
                                      << "expected an ISO time or seconds from the start, then requests per second";
        QTest::newRow("bad time") << QByteArray("time,rps\n2026-13-45T00:00:00Z,100\n") << ":2" << "expected an ISO time";
        QTest::newRow("negative") << QByteArray("0,100\n60,-5\n") << ":2" << "-5 requests per second is negative";
        QTest::newRow("out of order") << QByteArray("600,1\n0,2\n") << ":2" << "rows must be in time order";
        QTest::newRow("no comma") << QByteArray("time,rps\n0 100\n") << ":2" << "expected \"time,rps\"";
        QTest::newRow("trailing junk") << QByteArray("0,100\n60,100x\n") << ":2" << "expected an ISO time";
        QTest::newRow("infinite") << QByteArray("0,inf\n") << ":1" << "inf requests per second: expected at most 1e+09";
        QTest::newRow("rps NaN") << QByteArray("0,1\n60,nan\n") << ":2" << "nan requests per second: expected at most";
        QTest::newRow("beyond a float") << QByteArray("0,1e39\n") << ":1" << "requests per second: expected at most 1e+09";
        QTest::newRow("time not a number") << QByteArray("0,1\nnan,5\n") << ":2" << "expected an ISO time";
        QTest::newRow("time infinite") << QByteArray("0,1\ninf,5\n") << ":2" << "expected an ISO time";
        QTest::newRow("header only") << QByteArray("time,rps\n") << "" << "no demand rows";
        QTest::newRow("empty") << QByteArray() << "" << "no demand rows";
    }
    void csv_badRows_nameFileLineAndWhatWasExpected()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string file = writeFile(dir, "bad.csv", content);
        const auto points = loadDemandCsv(file, kMonday);
        QVERIFY(!points.ok());
        const QString text = QString::fromStdString(points.error().describe());
        QVERIFY2(text.contains(QString::fromStdString(file) + where), qPrintable(text));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // The cache answers from memory while the file is unchanged, and reads it again when it changes (even
    // when the rewrite keeps its size and puts its modification time back, as cp -p does), when it is asked
    // for another start, or after a bad read; a file gone is an error, not the old rows.
    void csvCache_readsAgainOnlyWhenTheFileChanges()
    {
        QTemporaryDir dir;
        const std::string file = writeFile(dir, "demand.csv", "0,100\n600,200\n");
        // A modification time in whole seconds, which setFileTime can put back exactly.
        const QDateTime stamp(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const auto setStamp = [&] {
            QFile f(QString::fromStdString(file));
            return f.open(QIODevice::ReadWrite) && f.setFileTime(stamp, QFileDevice::FileModificationTime);
        };
        QVERIFY(setStamp());
        DemandCsvCache cache;
        auto first = cache.load(file, kMonday);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), std::size_t(2));
        QCOMPARE(cache.fileReads(), 1);
        QCOMPARE(cache.load(file, kMonday)->front().second, 100.0);
        QCOMPARE(cache.load(file, kMonday)->size(), std::size_t(2));
        QCOMPARE(cache.fileReads(), 1); // from memory
        // Another start: seconds-from-start rows move with it.
        QCOMPARE(cache.load(file, kMonday + 60000)->front().first, kMonday + 60000);
        QCOMPARE(cache.fileReads(), 2);
        // Rewritten at the same size with its modification time put back: read again.
        {
            QFile same(QString::fromStdString(file));
            QVERIFY(same.open(QIODevice::ReadWrite));
            same.write("0,900\n");
        }
        QVERIFY(setStamp());
        QCOMPARE(QFileInfo(QString::fromStdString(file)).lastModified(), stamp);
        QCOMPARE(cache.load(file, kMonday + 60000)->front().second, 900.0);
        QCOMPARE(cache.fileReads(), 3);
        // A changed file: read again.
        writeFile(dir, "demand.csv", "0,300\n600,400\n1200,500\n");
        auto changed = cache.load(file, kMonday);
        QVERIFY(changed.ok());
        QCOMPARE(changed->size(), std::size_t(3));
        QCOMPARE(changed->front().second, 300.0);
        // A bad file is an error every time; fixed, it reads.
        writeFile(dir, "demand.csv", "0,300\n600,x\n");
        QVERIFY(!cache.load(file, kMonday).ok());
        QVERIFY(!cache.load(file, kMonday).ok());
        writeFile(dir, "demand.csv", "0,7\n");
        QCOMPARE(cache.load(file, kMonday)->front().second, 7.0);
        QVERIFY(QFile::remove(QString::fromStdString(file)));
        const auto gone = cache.load(file, kMonday);
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().describe().find(file) != std::string::npos, gone.error().describe().c_str());
    }

    // A spreadsheet's UTF-8 byte-order mark does not turn the first row into a header.
    void csv_byteOrderMark_keepsTheFirstRow()
    {
        QTemporaryDir dir;
        const auto points = loadDemandCsv(writeFile(dir, "bom.csv", "\xEF\xBB\xBF" "0,100\n600,200\n"), kMonday);
        QVERIFY(points.ok());
        QCOMPARE(points->size(), std::size_t(2));
        QCOMPARE(points->front().second, 100.0);
    }

    // A plan's CSV path is relative to the plan file; a missing or bad CSV names the plan's field and the
    // CSV's own line.
    void plan_readsItsCsvBesideIt_andNamesItsProblems()
    {
        QTemporaryDir dir;
        writeFile(dir, "demand.csv", "0,120\n3600,480\n");
        writeFile(dir, "bad.csv", "0,120\n3600,many\n");
        json plan = {{"start", "2026-01-05T00:00:00Z"},
                     {"duration_hours", 2},
                     {"demand", {{"pattern", "csv"}, {"csv", "demand.csv"}}},
                     {"instance", {{"capacity_rps", 100}}},
                     {"group", {{"min", 1}, {"max", 10}, {"desired", 2}, {"azs", {"a", "b"}}}}};
        const std::string planFile = writeFile(dir, "p.archdesk-plan.json", QByteArray::fromStdString(plan.dump()));
        const auto p = loadPlan(planFile);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().describe().c_str());
        QCOMPARE(p->demand.csvPoints.size(), std::size_t(2));
        QCOMPARE(p->demand.csvPoints[1].second, 480.0);

        for (const char* csv : {"bad.csv", "missing.csv"}) {
            plan["demand"]["csv"] = csv;
            const std::string badFile = writeFile(dir, "q.archdesk-plan.json", QByteArray::fromStdString(plan.dump()));
            const auto q = loadPlan(badFile);
            QVERIFY(!q.ok());
            const QString text = QString::fromStdString(q.error().describe());
            QVERIFY2(text.contains("field \"demand.csv\""), qPrintable(text));
            QVERIFY2(text.contains(dir.filePath(csv)), qPrintable(text));
            if (QByteArray(csv) == "bad.csv")
                QVERIFY2(text.contains(dir.filePath(csv) + ":2"), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TstDemand)
#include "tst_demand.moc"
