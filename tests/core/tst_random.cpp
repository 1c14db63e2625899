// Seeded randomness: the same seed gives the same sequence, on every platform.
#include <QtTest>

#include "core/util/random.h"

using namespace archdesk::core;

class TstRandom : public QObject
{
    Q_OBJECT
private slots:
    void sameSeed_repeatsTheSequence()
    {
        Rng a(12345), b(12345);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(a.next(), b.next());
    }

    void differentSeeds_differ()
    {
        Rng a(1), b(2);
        int same = 0;
        for (int i = 0; i < 100; ++i)
            same += a.next() == b.next();
        QCOMPARE(same, 0);
    }

    void firstValues_areFixedAcrossBuilds()
    {
        // splitmix64's published first output for seed 0; a change here would change every simulation.
        Rng r(0);
        QCOMPARE(r.next(), quint64(0xE220A8397B1DCDAFull));
    }

    void below_staysInRange_andCoversIt()
    {
        Rng r(9);
        std::vector<int> seen(7, 0);
        for (int i = 0; i < 7000; ++i) {
            const auto v = r.below(7);
            QVERIFY(v < 7);
            ++seen[v];
        }
        for (int count : seen)
            QVERIFY(count > 800 && count < 1200);
    }

    // below() draws exactly what "draw again while x ≥ UINT64_MAX − UINT64_MAX % n, then x % n" draws,
    // the draws it rejects included: with n just above 2^63 about half of them are.
    void below_drawsAgainExactlyAboveTheLimit_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::newRow("1") << quint64(1);
        QTest::newRow("7") << quint64(7);
        QTest::newRow("2^32 + 3") << quint64((1ull << 32) + 3);
        QTest::newRow("2^63 + 1: half the draws rejected") << quint64((1ull << 63) + 1);
        QTest::newRow("2^64 − 1") << quint64(UINT64_MAX);
    }
    void below_drawsAgainExactlyAboveTheLimit()
    {
        QFETCH(quint64, n);
        Rng r(11), reference(11);
        int rejected = 0;
        for (int i = 0; i < 2000; ++i) {
            std::uint64_t x = reference.next();
            while (x >= UINT64_MAX - UINT64_MAX % n) {
                ++rejected;
                x = reference.next();
            }
            QCOMPARE(quint64(r.below(n)), quint64(x % n));
        }
        if (n == (1ull << 63) + 1)
            QVERIFY(rejected > 800);
    }

    void uniform_isInUnitInterval_withMeanNearHalf()
    {
        Rng r(3);
        double sum = 0;
        for (int i = 0; i < 100000; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
        }
        QVERIFY(std::abs(sum / 100000 - 0.5) < 0.01);
    }
};

QTEST_APPLESS_MAIN(TstRandom)
#include "tst_random.moc"
