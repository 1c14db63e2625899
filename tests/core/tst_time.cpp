// UTC time: ISO 8601 round-trips, offsets, and UTC calendar-day arithmetic.
#include <QtTest>

#include "core/util/time.h"

using namespace archdesk::core;

class TstTime : public QObject
{
    Q_OBJECT
private slots:
    void parse_knownInstants_giveEpochMs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMs");
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
        QTest::newRow("date only is midnight UTC") << "2026-01-05" << qint64(1767571200000);
        QTest::newRow("design example") << "2026-01-05T08:00:00Z" << qint64(1767600000000);
        QTest::newRow("milliseconds") << "2026-01-05T08:00:00.250Z" << qint64(1767600000250);
        QTest::newRow("positive offset") << "2026-01-05T10:00:00+02:00" << qint64(1767600000000);
        QTest::newRow("negative offset") << "2026-01-05T03:00:00-05:00" << qint64(1767600000000);
        QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000000);
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
    }
    void parse_knownInstants_giveEpochMs()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMs);
        const auto parsed = parseIso8601(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(*parsed, epochMs);
    }

    void parse_malformedText_isAnErrorNamingTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z";
        QTest::newRow("30 February") << "2026-02-30";
        QTest::newRow("29 February in a common year") << "2025-02-29";
        QTest::newRow("hour 24") << "2026-01-01T24:00:00Z";
        QTest::newRow("garbage after zone") << "2026-01-01T00:00:00Zx";
        QTest::newRow("slashes") << "2026/01/01";
    }
    void parse_malformedText_isAnErrorNamingTheText()
    {
        QFETCH(QString, text);
        const auto parsed = parseIso8601(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(QString::fromStdString(parsed.error().message).contains("ISO 8601"));
    }

    void format_thenParse_roundTrips_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("2026") << qint64(1767600000000);
        QTest::newRow("with ms") << qint64(1767600000999);
        QTest::newRow("negative") << qint64(-86400001);
        QTest::newRow("far future") << qint64(4102444800000); // 2100-01-01
    }
    void format_thenParse_roundTrips()
    {
        QFETCH(qint64, t);
        const std::string text = formatIso8601(t);
        const auto back = parseIso8601(text);
        QVERIFY(back.ok());
        QCOMPARE(*back, t);
    }

    void format_writesDesignShape()
    {
        QCOMPARE(QString::fromStdString(formatIso8601(1767600000000)), QString("2026-01-05T08:00:00Z"));
        QCOMPARE(QString::fromStdString(formatIsoDate(1767600000000)), QString("2026-01-05"));
    }

    void utcDaysBetween_countsCalendarDates_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("days");
        QTest::newRow("one minute across midnight is a day") << "2026-01-05T23:59:00Z" << "2026-01-06T00:01:00Z" << qint64(1);
        QTest::newRow("almost a day on one date is none") << "2026-01-05T00:01:00Z" << "2026-01-05T23:59:00Z" << qint64(0);
        QTest::newRow("across a leap day") << "2024-02-28T12:00:00Z" << "2024-03-01T01:00:00Z" << qint64(2);
        QTest::newRow("year") << "2025-01-01T00:00:00Z" << "2026-01-01T00:00:00Z" << qint64(365);
        QTest::newRow("backwards before 1970") << "1970-01-01T00:00:00Z" << "1969-12-31T23:00:00Z" << qint64(-1);
    }
    void utcDaysBetween_countsCalendarDates()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, days);
        QCOMPARE(utcDaysBetween(*parseIso8601(from.toStdString()), *parseIso8601(to.toStdString())), days);
    }

    void utcMidnight_ofNegativeTime_floorsToTheDayBefore()
    {
        QCOMPARE(utcMidnight(-1), qint64(-kMsPerDay));
        QCOMPARE(utcMidnight(kMsPerDay + 5), qint64(kMsPerDay));
    }
};

QTEST_APPLESS_MAIN(TstTime)
#include "tst_time.moc"
