// The JSON reader under every input file: hostile bytes give a located error, never a crash or a throw.
#include <QtTest>

#include "core/util/json_file.h"

using namespace archdesk::core;

class TstJsonInput : public QObject
{
    Q_OBJECT
private slots:
    void hostileText_givesALocatedError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("number beyond double") << QByteArray("20e512062066") << "in.json" << "number overflow";
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b") << "in.json:1:7" << "invalid JSON";
        QTest::newRow("trailing comma") << QByteArray("[1,2,]") << "in.json:1:6" << "invalid JSON";
        QTest::newRow("nul byte") << QByteArray("[1,\0 2]", 7) << "in.json:1:4" << "invalid JSON";
        QTest::newRow("invalid UTF-8 in string") << QByteArray("[\"\xff\"]") << "in.json:1:" << "invalid JSON";
        QTest::newRow("only spaces") << QByteArray("   \n ") << "in.json:" << "empty";
        QTest::newRow("second document") << QByteArray("{} {}") << "in.json:1:4" << "invalid JSON";
    }
    void hostileText_givesALocatedError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const auto r = parseJson(std::string_view(text.constData(), std::size_t(text.size())), "in.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(QString::fromStdString(r.error().location).startsWith(location), r.error().describe().c_str());
        QVERIFY2(QString::fromStdString(r.error().message).contains(message), r.error().describe().c_str());
    }

    void fuzzRegressions_neverThrow()
    {
        // Inputs the fuzzers once crashed on: each must now be a clean error or a value.
        QDirIterator it(QStringLiteral(ARCHDESK_SOURCE_DIR "/fuzz/regressions"), QDir::Files, QDirIterator::Subdirectories);
        int seen = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const auto r = parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())), "regression");
            if (!r.ok())
                QVERIFY(!r.error().message.empty());
            ++seen;
        }
        QVERIFY(seen >= 1);
    }

    void missingFile_isNotFound_namingIt()
    {
        const auto r = readJsonFile("/nonexistent/plan.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(QString::fromStdString(r.error().location), QString("/nonexistent/plan.json"));
    }
};

QTEST_APPLESS_MAIN(TstJsonInput)
#include "tst_json_input.moc"
