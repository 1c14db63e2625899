// archdesk-cli fsrs replay end to end: output equal to ts-fsrs 5.4.2's on the fixtures, and bad input named.
#include <QtTest>

#include "cli_runner.h"

namespace {

const QString kFixtures = QStringLiteral(ARCHDESK_TESTS_DIR "/core/fixtures/fsrs/");

QJsonObject readObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool closeRel(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::fabs(b); }

} // namespace

class TstCliFsrs : public QObject
{
    Q_OBJECT
private slots:
    void replay_matchesReference_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expectedFile");
        QTest::newRow("defaults") << QStringList{} << "reviews300.default.expected.json";
        QTest::newRow("--no-short-term") << QStringList{"--no-short-term"} << "reviews300.longterm.expected.json";
        QTest::newRow("--max-interval 30") << QStringList{"--max-interval", "30"} << "reviews300.maxivl30.expected.json";
        QTest::newRow("--retention 0.95") << QStringList{"--retention", "0.95"} << "reviews300.ret095.expected.json";
        QTest::newRow("--retention 0.8 --no-short-term")
            << QStringList{"--retention", "0.8", "--no-short-term"} << "reviews300.ret080-longterm.expected.json";
    }
    void replay_matchesReference()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expectedFile);
        const auto r = runCli(QStringList{"fsrs", "replay", kFixtures + "reviews300.json"} + options);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QJsonParseError error{};
        const auto actual = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const auto expected = readObject(kFixtures + expectedFile);
        const auto meta = actual.value("meta").toObject();
        QCOMPARE(meta.value("mode").toString(), expected.value("meta").toObject().value("mode").toString());
        QCOMPARE(meta.value("reviews").toInt(), 1502);
        const auto ec = expected.value("cards").toArray();
        const auto ac = actual.value("cards").toArray();
        QCOMPARE(ac.size(), ec.size());
        for (int c = 0; c < ec.size(); ++c) {
            const auto er = ec[c].toObject().value("reviews").toArray();
            const auto ar = ac[c].toObject().value("reviews").toArray();
            QCOMPARE(ac[c].toObject().value("card"), ec[c].toObject().value("card"));
            QCOMPARE(ar.size(), er.size());
            for (int i = 0; i < er.size(); ++i) {
                const auto e = er[i].toObject();
                const auto a = ar[i].toObject();
                const QString where = QString("card %1 review %2").arg(c).arg(i);
                for (const char* key : {"t", "rating", "state", "due", "scheduled_days", "elapsed_days", "reps",
                                        "lapses", "learning_steps"})
                    QVERIFY2(a.value(key) == e.value(key), qPrintable(where + " " + key));
                for (const char* key : {"stability", "difficulty"})
                    QVERIFY2(closeRel(a.value(key).toDouble(), e.value(key).toDouble()), qPrintable(where + " " + key));
                if (e.value("retrievability").isNull())
                    QVERIFY2(a.value("retrievability").isNull(), qPrintable(where));
                else
                    QVERIFY2(closeRel(a.value("retrievability").toDouble(), e.value("retrievability").toDouble()),
                             qPrintable(where));
            }
        }
    }

    void badFields_exit2_andNameFileAndField()
    {
        const QString file = casePath("fsrs/bad-fields.json");
        const auto r = runCli({"fsrs", "replay", file});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(file + ": field \"[0].reviews[0].rating\""), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + ": field \"[1].reviews[0].t\""), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + ": field \"[2].reviews[0].t\": is missing"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badSyntax_exit2_withLineAndColumn()
    {
        const QString file = casePath("fsrs/bad-syntax.json");
        const auto r = runCli({"fsrs", "replay", file});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(file + ":3:"), qPrintable(r.err));
    }

    void missingFile_exit2()
    {
        const auto r = runCli({"fsrs", "replay", "/nonexistent/reviews.json"});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("/nonexistent/reviews.json"));
    }

    void badOptions_exit1_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("retention 1.5") << QStringList{"--retention", "1.5"};
        QTest::newRow("retention word") << QStringList{"--retention", "high"};
        QTest::newRow("max interval 0") << QStringList{"--max-interval", "0"};
    }
    void badOptions_exit1()
    {
        QFETCH(QStringList, options);
        const auto r = runCli(QStringList{"fsrs", "replay", kFixtures + "reviews300.json"} + options);
        QCOMPARE(r.status, 1);
    }
};

QTEST_GUILESS_MAIN(TstCliFsrs)
#include "tst_cli_fsrs.moc"
