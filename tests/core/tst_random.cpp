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
