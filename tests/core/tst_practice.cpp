// Generated practice: every family yields well-formed questions whose key matches the rule, recomputed here
// by hand from the numbers in the stem.
#include <QtTest>

#include <QRegularExpression>
#include <cmath>

#include "core/study/practice/practice_bank.h"
#include "core/study/practice/practice_generator.h"

using namespace archdesk::core;
using namespace archdesk::core::study;
using namespace archdesk::core::study::practice;

namespace {

QString answerText(const Question& q)
{
    for (const auto& o : q.options)
        if (o.correct)
            return QString::fromStdString(o.text);
    return {};
}

QList<int> numbersIn(const QString& text)
{
    QList<int> out;
    static const QRegularExpression re(QStringLiteral("(\\d+)"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(1).toInt();
    return out;
}

} // namespace

class TstPractice : public QObject
{
    Q_OBJECT
private slots:
    void everyFamily_givesWellFormedQuestions_data()
    {
        QTest::addColumn<QString>("family");
        for (const auto& f : practiceFamilies())
            QTest::newRow(f.id.c_str()) << QString::fromStdString(f.id);
    }
    void everyFamily_givesWellFormedQuestions()
    {
        QFETCH(QString, family);
        auto questions = generatePractice(family.toStdString(), 60, 7);
        QVERIFY(questions.ok());
        QCOMPARE(questions->size(), std::size_t(60));
        for (const auto& q : *questions) {
            QCOMPARE(q.options.size(), std::size_t(4));
            QCOMPARE(q.select, 1);
            int correct = 0;
            QSet<QString> texts;
            for (const auto& o : q.options) {
                correct += o.correct;
                texts.insert(QString::fromStdString(o.text));
                QVERIFY2(!o.why.empty(), q.id.c_str());
            }
            QCOMPARE(correct, 1);
            QCOMPARE(texts.size(), 4); // no two options alike
            QVERIFY(!q.references.empty());
            QVERIFY(QString::fromStdString(q.id).startsWith("q-gen-" + family));
            QVERIFY(q.domains.count("sap-c02") && q.domains.count("sap-legacy"));
        }
    }

    void sameSeed_sameQuestions_otherSeed_otherQuestions()
    {
        auto a = generatePractice("all", 12, 42), b = generatePractice("all", 12, 42), c = generatePractice("all", 12, 43);
        for (std::size_t i = 0; i < 12; ++i) {
            QCOMPARE(a->at(i).stem, b->at(i).stem);
            QCOMPARE(a->at(i).answerKey(), b->at(i).answerKey());
        }
        int differ = 0;
        for (std::size_t i = 0; i < 12; ++i)
            differ += a->at(i).stem != c->at(i).stem;
        QVERIFY(differ > 6);
    }

    void targetTracking_keyIsCeilOfProportionalCapacity()
    {
        // Stem numbers in order: target %, instances, maximum, metric %.
        const auto generated = generatePractice("target-tracking", 40, 3);
        QVERIFY(generated.ok());
        for (const auto& q : *generated) {
            const auto n = numbersIn(QString::fromStdString(q.stem));
            const int target = n[0], capacity = n[1], metric = n[3];
            const int expected = int(std::ceil(double(capacity) * metric / target));
            QCOMPARE(answerText(q).toInt(), std::min(expected, 200));
        }
    }

    void riCoverage_keyIsFleetUnitsLessReservationUnits()
    {
        const QMap<QString, int> factor{{"large", 4}, {"xlarge", 8}, {"2xlarge", 16}, {"4xlarge", 32}};
        static const QRegularExpression ri(QStringLiteral("for [a-z0-9]+\\.([0-9a-z]+) \\(Linux"));
        static const QRegularExpression fleet(
            QStringLiteral("runs, in that Region, (\\d+) × \\w+\\.large, (\\d+) × \\w+\\.xlarge and (\\d+) × \\w+\\.2xlarge"));
        const auto generated = generatePractice("ri-coverage", 40, 5);
        QVERIFY(generated.ok());
        for (const auto& q : *generated) {
            const QString stem = QString::fromStdString(q.stem);
            const auto r = ri.match(stem), f = fleet.match(stem);
            QVERIFY2(r.hasMatch() && f.hasMatch(), qPrintable(stem));
            const int used = f.captured(1).toInt() * 4 + f.captured(2).toInt() * 8 + f.captured(3).toInt() * 16;
            QCOMPARE(answerText(q).toInt(), std::max(0, used - factor.value(r.captured(1))));
        }
    }

    void percentRounding_keyFollowsAwsRoundingRules()
    {
        static const QRegularExpression re(QStringLiteral(
            "desired capacity of (\\d+) .* adjustment of ([+-]?\\d+)%( and MinAdjustmentMagnitude (\\d+))?"));
        const auto generated = generatePractice("percent-rounding", 60, 11);
        QVERIFY(generated.ok());
        for (const auto& q : *generated) {
            const auto m = re.match(QString::fromStdString(q.stem));
            QVERIFY(m.hasMatch());
            const int capacity = m.captured(1).toInt(), percent = m.captured(2).toInt();
            const int magnitude = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
            const double raw = capacity * percent / 100.0;
            int change = int(std::trunc(raw));
            if (change == 0)
                change = raw > 0 ? 1 : -1;
            if (std::abs(change) < magnitude)
                change = change > 0 ? magnitude : -magnitude;
            QCOMPARE(answerText(q).toInt(), std::clamp(capacity + change, 1, 100));
        }
    }

    void cheapestOption_onDemandBelowBreakEvenUtilization()
    {
        // m5.large: All Upfront 494 USD a year vs 0.096 × 8760 × u; the break-even is u = 58.7 %.
        const auto generated = generatePractice("cheapest-option", 60, 13);
        QVERIFY(generated.ok());
        for (const auto& q : *generated) {
            const QString stem = QString::fromStdString(q.stem);
            if (!stem.startsWith("One m5.large"))
                continue;
            const int u = numbersIn(stem.section("will run", 1))[0];
            QCOMPARE(answerText(q), u < 58.7 ? QString("On-Demand") : QString("1-year Standard RI, All Upfront"));
        }
    }

    void practiceSection_forADrill_keepsToTheDomain_andIdsAreInTheBank()
    {
        const auto& bank = generatedPracticeBank();
        QCOMPARE(bank.size(), practiceFamilies().size() * 10);
        QSet<QString> ids;
        for (const auto& q : bank)
            ids.insert(QString::fromStdString(q.id));
        const auto all = practiceSection("sap-c02", "", 6, 99);
        QCOMPARE(all.size(), std::size_t(6));
        QSet<QString> families;
        for (const auto& item : all) {
            QVERIFY(ids.contains(QString::fromStdString(item.questionId)));
            families.insert(QString::fromStdString(item.questionId).section('-', 2, -4));
        }
        QCOMPARE(families.size(), 6); // one question of every family
        const auto drill = practiceSection("sap-c02", "c02-d2", 6, 5);
        QVERIFY(!drill.empty());
        for (const auto& item : drill)
            QCOMPARE(QString::fromStdString(item.domainId), QString("c02-d2"));
        QVERIFY(practiceSection("sap-legacy", "legacy-d7", 6, 5).size() > 0);
    }

    void unknownFamily_namesTheKnownOnes()
    {
        auto r = generatePractice("nope", 3, 1);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("step-policy"));
    }
};

QTEST_APPLESS_MAIN(TstPractice)
#include "tst_practice.moc"
