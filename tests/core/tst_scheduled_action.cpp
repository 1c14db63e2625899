// Scheduled actions: one-off times and 5-field cron recurrences (UTC), checked against hand-worked dates.
#include <QtTest>

#include "core/scaling/scheduled_action.h"

using namespace archdesk::core;
using namespace archdesk::core::scaling;

class TstScheduledAction : public QObject
{
    Q_OBJECT
private slots:
    void cron_nextAfter_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("next");
        // 2026-01-05 is a Monday.
        QTest::newRow("daily 08:00, before") << "0 8 * * *" << "2026-01-05T07:59:00Z" << "2026-01-05T08:00:00Z";
        QTest::newRow("daily 08:00, at it -> next day") << "0 8 * * *" << "2026-01-05T08:00:00Z" << "2026-01-06T08:00:00Z";
        QTest::newRow("weekdays 18:30 from Friday night") << "30 18 * * 1-5" << "2026-01-09T19:00:00Z"
                                                           << "2026-01-12T18:30:00Z";
        QTest::newRow("every 15 min") << "*/15 * * * *" << "2026-01-05T10:16:30Z" << "2026-01-05T10:30:00Z";
        QTest::newRow("Sunday as 7") << "0 0 * * 7" << "2026-01-05T00:00:00Z" << "2026-01-11T00:00:00Z";
        QTest::newRow("1st of month") << "0 6 1 * *" << "2026-01-31T12:00:00Z" << "2026-02-01T06:00:00Z";
        QTest::newRow("29 Feb: leap year only") << "0 0 29 2 *" << "2026-01-01T00:00:00Z" << "2028-02-29T00:00:00Z";
        QTest::newRow("list and range") << "0 9,17 * * *" << "2026-01-05T09:00:00Z" << "2026-01-05T17:00:00Z";
    }
    void cron_nextAfter()
    {
        QFETCH(QString, cron);
        QFETCH(QString, after);
        QFETCH(QString, next);
        const auto c = CronSchedule::parse(cron.toStdString());
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
        const auto n = c->nextAfter(*parseIso8601(after.toStdString()));
        QVERIFY(n.has_value());
        QCOMPARE(QString::fromStdString(formatIso8601(*n)), next);
        QVERIFY(c->matches(*n));
    }

    void cron_badExpressions_areErrors_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::newRow("four fields") << "0 8 * *";
        QTest::newRow("minute 60") << "60 8 * * *";
        QTest::newRow("word") << "0 eight * * *";
        QTest::newRow("bad step") << "*/0 * * * *";
    }
    void cron_badExpressions_areErrors()
    {
        QFETCH(QString, cron);
        QVERIFY(!CronSchedule::parse(cron.toStdString()).ok());
    }

    void oneOff_runsOnceAfterItsTime()
    {
        ScheduledAction a;
        a.at = *parseIso8601("2026-01-05T12:00:00Z");
        QCOMPARE(a.nextAfter(*parseIso8601("2026-01-05T11:00:00Z")), a.at);
        QVERIFY(!a.nextAfter(*a.at).has_value());
    }
};

QTEST_GUILESS_MAIN(TstScheduledAction)
#include "tst_scheduled_action.moc"
