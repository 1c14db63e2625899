// The content loader: the bundled data/ is valid, and each kind of mistake gets its own message
// naming the file and the place.
#include <QtTest>

#include "core/content/content.h"
#include "core/content/near_duplicates.h"

using namespace archdesk::core;
using namespace archdesk::core::content;

namespace {

const char* kGoodQuestion = R"({"id":"q-t-1","stem":"A company runs a web tier on EC2. What should it do?","select":1,
 "options":[{"key":"A","text":"a","correct":true,"why":"right"},{"key":"B","text":"b","correct":false,"why":"no"},
            {"key":"C","text":"c","correct":false,"why":"no"},{"key":"D","text":"d","correct":false,"why":"no"}],
 "domains":{"sap-c02":"c02-d2","sap-legacy":"legacy-d7"},"tasks":["2.4"],"services":["ec2"],"difficulty":2,
 "references":["https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html"]})";

// A data folder with the real blueprints and manifest plus the given questions file text.
class DataDir
{
public:
    explicit DataDir(const QByteArray& questionsText)
    {
        const QString source = QStringLiteral(ARCHDESK_SOURCE_DATA_DIR);
        QDir().mkpath(m_dir.filePath("blueprints"));
        QDir().mkpath(m_dir.filePath("questions"));
        QDir().mkpath(m_dir.filePath("cards"));
        QFile::copy(source + "/manifest.json", m_dir.filePath("manifest.json"));
        for (const QString& name : QDir(source + "/blueprints").entryList({"*.json"}))
            QFile::copy(source + "/blueprints/" + name, m_dir.filePath("blueprints/" + name));
        QFile f(m_dir.filePath("questions/test.json"));
        f.open(QIODevice::WriteOnly);
        f.write(questionsText);
    }
    std::string path() const { return m_dir.path().toStdString(); }

private:
    QTemporaryDir m_dir;
};

QStringList describe(const LoadReport& report)
{
    QStringList lines;
    for (const auto& p : report.problems)
        lines << QString::fromStdString(p.describe());
    return lines;
}

} // namespace

class TstContent : public QObject
{
    Q_OBJECT
private slots:
    void bundledData_loadsWithoutProblems()
    {
        const auto report = loadContent(ARCHDESK_SOURCE_DATA_DIR);
        QVERIFY2(report.ok(), qPrintable(describe(report).join('\n')));
        QVERIFY(report.content.blueprint("sap-c02"));
        QVERIFY(report.content.blueprint("sap-legacy"));
        QCOMPARE(report.content.blueprint("sap-legacy")->domains.size(), std::size_t(8));
        QCOMPARE(report.content.blueprint("sap-c02")->domains.size(), std::size_t(4));
        QCOMPARE(report.content.blueprint("sap-c02")->questions, 75);
        QVERIFY(!report.content.questions.empty());
        QVERIFY(!report.content.cards.empty());
    }

    void goodQuestion_isLoaded()
    {
        DataDir dir(QByteArray("[") + kGoodQuestion + "]");
        const auto report = loadContent(dir.path());
        QVERIFY2(report.ok(), qPrintable(describe(report).join('\n')));
        QCOMPARE(report.content.questions.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(report.content.questions[0].answerKey()), QString("A"));
    }

    void malformedJson_reportsLineAndColumn()
    {
        // Line 3 has a missing comma between two members; the parser stops at the second key.
        DataDir dir("[\n  {\"id\": \"q-1\",\n   \"stem\": \"x\" \"select\": 1}\n]\n");
        const auto report = loadContent(dir.path());
        QCOMPARE(report.problems.size(), std::size_t(1));
        const QString line = describe(report).first();
        QVERIFY2(line.contains("questions/test.json:3:16:"), qPrintable(line));
        QVERIFY2(line.contains("invalid JSON"), qPrintable(line));
    }

    void emptyFile_saysItIsEmpty()
    {
        DataDir dir("");
        const auto report = loadContent(dir.path());
        QCOMPARE(report.problems.size(), std::size_t(1));
        QVERIFY(describe(report).first().contains("empty"));
    }

    void questionProblems_eachGetTheirOwnMessage_data()
    {
        QTest::addColumn<QByteArray>("edit_from");
        QTest::addColumn<QByteArray>("edit_to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no correct option") << QByteArray(R"("correct":true)") << QByteArray(R"("correct":false)")
                                           << "field \"[0].options\"" << "no option is marked correct";
        QTest::newRow("unknown domain id") << QByteArray(R"("c02-d2")") << QByteArray(R"("c02-d9")")
                                           << "field \"[0].domains.sap-c02\"" << "unknown domain id \"c02-d9\"";
        QTest::newRow("too many correct") << QByteArray(R"("text":"b","correct":false)")
                                          << QByteArray(R"("text":"b","correct":true)")
                                          << "field \"[0].options\"" << "2 options are marked correct";
        QTest::newRow("missing explanation") << QByteArray(R"("why":"right")") << QByteArray(R"("why":"")")
                                             << "field \"[0].options[0].why\"" << "explanation";
        QTest::newRow("non-AWS reference") << QByteArray("https://docs.aws.amazon.com/autoscaling")
                                           << QByteArray("https://example.com/autoscaling")
                                           << "field \"[0].references[0]\"" << "not an AWS documentation page";
        QTest::newRow("task of another domain") << QByteArray(R"(["2.4"])") << QByteArray(R"(["4.1"])")
                                                << "field \"[0].tasks\"" << "unknown task \"4.1\"";
        QTest::newRow("select is text") << QByteArray(R"("select":1)") << QByteArray(R"("select":"one")")
                                        << "field \"[0].select\"" << "expected a whole number";
        QTest::newRow("missing legacy domain") << QByteArray(R"(,"sap-legacy":"legacy-d7")") << QByteArray("")
                                               << "field \"[0].domains\"" << "sap-legacy";
    }
    void questionProblems_eachGetTheirOwnMessage()
    {
        QFETCH(QByteArray, edit_from);
        QFETCH(QByteArray, edit_to);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QByteArray text = QByteArray("[") + kGoodQuestion + "]";
        QVERIFY(text.contains(edit_from));
        text.replace(edit_from, edit_to);
        DataDir dir(text);
        const auto report = loadContent(dir.path());
        const QStringList lines = describe(report);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("questions/test.json: " + field), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
        QVERIFY(report.content.questions.empty());
    }

    void duplicateId_isReported()
    {
        QByteArray second = kGoodQuestion;
        second.replace("A company runs a web tier", "An entirely different retailer stores invoices");
        DataDir dir(QByteArray("[") + kGoodQuestion + "," + second + "]");
        const auto report = loadContent(dir.path());
        const QStringList lines = describe(report);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("field \"[1].id\": duplicate id \"q-t-1\""), qPrintable(lines.first()));
    }

    void nearDuplicateStems_areReported()
    {
        QByteArray second = kGoodQuestion;
        second.replace("q-t-1", "q-t-2");
        second.replace("What should it do?", "What should it do now?");
        DataDir dir(QByteArray("[") + kGoodQuestion + "," + second + "]");
        const auto report = loadContent(dir.path());
        const QStringList lines = describe(report);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("nearly the same stem"), qPrintable(lines.first()));
    }

    void wordSimilarity_ofUnrelatedStems_isLow()
    {
        const auto a = normalisedWords("A company runs a web tier on EC2 behind an ALB.");
        const auto b = normalisedWords("A bank migrates a 40 TB Oracle database with DMS.");
        QVERIFY(wordSimilarity(a, b) < 0.3);
        QCOMPARE(wordSimilarity(a, a), 1.0);
    }
};

QTEST_APPLESS_MAIN(TstContent)
#include "tst_content.moc"
