// The card browser's search syntax: parsing errors a user can act on, and what each term matches.
#include <QtTest>

#include "core/study/card_search.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

class TstCardSearch : public QObject
{
    Q_OBJECT

    Card m_card;
    MemoryState m_review;
    const EpochMs m_now = parseIso8601("2026-03-10T12:00:00Z").value();

private slots:
    void initTestCase()
    {
        m_card.id = "c-asg-size";
        m_card.front = "Which three capacity settings does an Auto Scaling group have?";
        m_card.back = "Minimum, maximum and **desired** capacity.";
        m_card.domains = {{"sap-c02", "c02-d2"}, {"sap-legacy", "legacy-d7"}};
        m_card.services = {"auto-scaling", "ec2"};
        m_card.tags = {"capacity", "asg-basics"};
        m_review.state = CardState::Review;
        m_review.stability = 42;
        m_review.difficulty = 4.2;
        m_review.reps = 3;
        m_review.due = parseIso8601("2026-03-10T18:00:00Z").value();
        m_review.lastReview = parseIso8601("2026-02-01T12:00:00Z").value();
    }

    void query_matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("reviewed");
        QTest::addColumn<bool>("suspended");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty matches all") << "" << false << false << true;
        QTest::newRow("free text, any case") << "AUTO scaling" << false << false << true;
        QTest::newRow("words are ANDed") << "capacity lambda" << false << false << false;
        QTest::newRow("quoted phrase") << "\"desired** capacity\"" << false << false << true;
        QTest::newRow("phrase not present") << "\"capacity desired\"" << false << false << false;
        QTest::newRow("text in back") << "minimum" << false << false << true;
        QTest::newRow("tag") << "tag:capacity" << false << false << true;
        QTest::newRow("tag is whole") << "tag:capa" << false << false << false;
        QTest::newRow("tag prefix") << "tag:asg*" << false << false << true;
        QTest::newRow("domain id") << "domain:c02-d2" << false << false << true;
        QTest::newRow("domain other") << "domain:c02-d1" << false << false << false;
        QTest::newRow("blueprint:domain") << "domain:sap-legacy:legacy-d7" << false << false << true;
        QTest::newRow("service") << "service:ec2" << false << false << true;
        QTest::newRow("service missing") << "service:s3" << false << false << false;
        QTest::newRow("negated service") << "-service:s3" << false << false << true;
        QTest::newRow("is:new on unseen") << "is:new" << false << false << true;
        QTest::newRow("is:new on reviewed") << "is:new" << true << false << false;
        QTest::newRow("is:review") << "is:review" << true << false << true;
        QTest::newRow("is:learn") << "is:learn" << true << false << false;
        QTest::newRow("is:due today") << "is:due" << true << false << true;
        QTest::newRow("is:due not when suspended") << "is:due" << true << true << false;
        QTest::newRow("is:suspended") << "is:suspended" << false << true << true;
        QTest::newRow("prop:s>30 with S=42") << "prop:s>30" << true << false << true;
        QTest::newRow("prop:s>50 with S=42") << "prop:s>50" << true << false << false;
        QTest::newRow("prop:d<5 with D=4.2") << "prop:d<5" << true << false << true;
        QTest::newRow("prop:d>=4.2 boundary") << "prop:d>=4.2" << true << false << true;
        QTest::newRow("prop on a new card never holds") << "prop:d<5" << false << false << false;
        QTest::newRow("prop:reps=3") << "prop:reps=3" << true << false << true;
        QTest::newRow("combined") << "tag:capacity is:review prop:s>30 -tag:old" << true << false << true;
    }
    void query_matches()
    {
        QFETCH(QString, query);
        QFETCH(bool, reviewed);
        QFETCH(bool, suspended);
        QFETCH(bool, expected);
        const auto q = CardQuery::parse(query.toStdString());
        QVERIFY2(q.ok(), q.ok() ? "" : q.error().message.c_str());
        CardView view{&m_card, reviewed ? &m_review : nullptr, suspended, false, true, false};
        QCOMPARE(q->matches(view, m_now), expected);
    }

    void query_errorsNameTheTerm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown is") << "is:fresh" << "\"is:fresh\": unknown is: value";
        QTest::newRow("unknown prop") << "prop:x>3" << "unknown property \"x\"";
        QTest::newRow("missing operator") << "prop:s30" << "expected a comparison";
        QTest::newRow("not a number") << "prop:s>many" << "expected a number after s>";
        QTest::newRow("empty tag") << "tag:" << "needs a value";
        QTest::newRow("open quote") << "\"auto scaling" << "not closed";
    }
    void query_errorsNameTheTerm()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const auto q = CardQuery::parse(query.toStdString());
        QVERIFY(!q.ok());
        QVERIFY2(QString::fromStdString(q.error().message).contains(message), q.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TstCardSearch)
#include "tst_card_search.moc"
