// The streaming JSON parser against nlohmann's own SAX parser: the same events, the same accept/reject,
// the error at the same byte, for valid and hostile text cut into chunks of every small size.
#include <QtTest>

#include <cmath>
#include <fmt/format.h>

#include "core/util/json_stream_parser.h"

using namespace archdesk::core;
using json = nlohmann::json;

namespace {

// Writes every event as a line; a parse error as "error" (and its byte in `errorAt`).
class Recorder final : public json::json_sax_t
{
public:
    QStringList events;
    std::size_t errorAt = 0;
    QString errorText;
    int stopAfter = -1; // the handler returns false on this event (counting from 0)

    bool null() override { return add("null"); }
    bool boolean(bool v) override { return add(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return add(QStringLiteral("int %1").arg(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add(QStringLiteral("uint %1").arg(v)); }
    bool number_float(number_float_t v, const string_t& text) override
    {
        return add(QString::fromStdString(fmt::format("float {:.17g} {}", v, text)));
    }
    bool string(string_t& s) override { return add("string " + QString::fromStdString(s).toUtf8().toHex()); }
    bool binary(binary_t&) override { return add("binary"); }
    bool start_object(std::size_t n) override { return add(QStringLiteral("{ %1").arg(n)); }
    bool key(string_t& k) override { return add("key " + QString::fromStdString(k).toUtf8().toHex()); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t n) override { return add(QStringLiteral("[ %1").arg(n)); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        events << "error";
        errorAt = position;
        errorText = QString::fromStdString(e.what());
        return false;
    }

private:
    bool add(const QString& e)
    {
        events << e;
        return static_cast<int>(events.size()) - 1 != stopAfter;
    }
};

struct Outcome
{
    bool ok = false;
    Recorder sax;
};

void runNlohmann(const QByteArray& text, Outcome& out, int stopAfter = -1)
{
    out.sax.stopAfter = stopAfter;
    out.ok = json::sax_parse(text.begin(), text.end(), &out.sax, nlohmann::detail::input_format_t::json, true);
}

void runStream(const QByteArray& text, std::size_t chunk, Outcome& out, int stopAfter = -1)
{
    out.sax.stopAfter = stopAfter;
    std::size_t at = 0;
    JsonStreamParser parser([&]() -> std::string_view {
        const std::size_t n = std::min(chunk, static_cast<std::size_t>(text.size()) - at);
        const std::string_view piece(text.constData() + at, n);
        at += n;
        return piece;
    });
    out.ok = parser.parse(out.sax);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstJsonStreamParser : public QObject
{
    Q_OBJECT
private:
    // Same result as nlohmann for every chunk size from 1 byte (every token split) to the whole text.
    void compareAllChunkings(const QByteArray& text)
    {
        Outcome reference;
        runNlohmann(text, reference);
        std::vector<std::size_t> sizes = {1, 2, 3, 4, 5, 7, 16, 64, 4096};
        sizes.push_back(std::max<std::size_t>(1, static_cast<std::size_t>(text.size())));
        for (const std::size_t chunk : sizes) {
            Outcome got;
            runStream(text, chunk, got);
            const QString where = QStringLiteral("chunk %1 of %2").arg(chunk).arg(QString::fromUtf8(text.left(80)));
            QVERIFY2(got.ok == reference.ok, qPrintable(where + ": " + got.sax.errorText + " / " + reference.sax.errorText));
            QVERIFY2(got.sax.events == reference.sax.events,
                     qPrintable(where + "\n got: " + got.sax.events.join(" | ") + "\nwant: " +
                                reference.sax.events.join(" | ")));
            if (!reference.ok)
                QVERIFY2(got.sax.errorAt == reference.sax.errorAt,
                         qPrintable(QStringLiteral("%1: error at %2, nlohmann at %3 (%4)")
                                        .arg(where)
                                        .arg(got.sax.errorAt)
                                        .arg(reference.sax.errorAt)
                                        .arg(got.sax.errorText)));
        }
    }

private slots:
    void text_sameEventsAsNlohmann_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Valid documents.
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray(" [ ] ");
        QTest::newRow("nested") << QByteArray("{\"a\":{\"b\":[1,[2,{}],[]],\"c\":{}},\"d\":[{\"e\":null}]}");
        QTest::newRow("scalars") << QByteArray("[true,false,null,\"\",0,-0,1,-1,12345678901234567890]");
        QTest::newRow("integer limits") << QByteArray("[18446744073709551615,18446744073709551616,-9223372036854775808,"
                                                      "-9223372036854775809]");
        QTest::newRow("floats") << QByteArray("[0.5,-0.0,1e3,1E+3,1e-3,2.5e-308,4e-320,1e-400,-1e-400,0e999999999,"
                                              "3.141592653589793238462643383279]");
        QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"\\u0041\\u00e9\\u20AC\\u0000x\"]");
        QTest::newRow("surrogate pair") << QByteArray("[\"\\ud83d\\ude00\",\"a\\uD834\\uDD1Eb\"]");
        QTest::newRow("utf-8") << QByteArray("[\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xed\x9f\xbf \xf4\x8f\xbf\xbf\"]");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}");
        QTest::newRow("whitespace everywhere") << QByteArray(" \t\r\n{ \"a\" \n: \t[ 1 , 2 ] , \"b\" : \"c\" }\n\n");
        QTest::newRow("scalar document") << QByteArray("  42  ");
        QTest::newRow("string document") << QByteArray("\"only\"");
        QTest::newRow("long string") << QByteArray("[\"" + QByteArray(5000, 'x') + "\\n" + QByteArray(3000, 'y') + "\"]");
        // Invalid documents: both reject, at the same byte.
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("blank") << QByteArray("   \n ");
        QTest::newRow("truncated object") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("truncated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("truncated key") << QByteArray("{\"ab");
        QTest::newRow("trailing comma array") << QByteArray("[1,2,]");
        QTest::newRow("trailing comma object") << QByteArray("{\"a\":1,}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("key not a string") << QByteArray("{1:2}");
        QTest::newRow("second document") << QByteArray("{} {}");
        QTest::newRow("unclosed array") << QByteArray("[[]");
        QTest::newRow("close mismatch") << QByteArray("[}");
        QTest::newRow("nul byte") << QByteArray("[1,\0 2]", 7);
        QTest::newRow("control char in string") << QByteArray("[\"a\x01\"]");
        QTest::newRow("tab in string") << QByteArray("[\"a\tb\"]");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]");
        QTest::newRow("bad hex") << QByteArray("[\"\\u12G4\"]");
        QTest::newRow("lone low surrogate") << QByteArray("[\"\\udc00\"]");
        QTest::newRow("lone high surrogate") << QByteArray("[\"\\ud800\"]");
        QTest::newRow("high then not low") << QByteArray("[\"\\ud800\\u0041\"]");
        QTest::newRow("high then letter") << QByteArray("[\"\\ud800x\"]");
        QTest::newRow("invalid utf-8 lead") << QByteArray("[\"\xff\"]");
        QTest::newRow("overlong utf-8") << QByteArray("[\"\xc0\xaf\"]");
        QTest::newRow("utf-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("utf-8 above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
        QTest::newRow("truncated utf-8") << QByteArray("[\"\xe2\x82\"]");
        QTest::newRow("utf-8 at end") << QByteArray("[\"\xe2\x82");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("minus alone") << QByteArray("[-]");
        QTest::newRow("dot without digits") << QByteArray("[1.]");
        QTest::newRow("exponent without digits") << QByteArray("[1e+]");
        QTest::newRow("leading dot") << QByteArray("[.5]");
        QTest::newRow("plus sign") << QByteArray("[+1]");
        QTest::newRow("number beyond double") << QByteArray("20e512062066");
        QTest::newRow("negative beyond double") << QByteArray("[-1e400]");
        QTest::newRow("bad literal") << QByteArray("[tru]");
        QTest::newRow("literal prefix") << QByteArray("[nulll]");
        QTest::newRow("capital literal") << QByteArray("[True]");
        QTest::newRow("bad byte order mark") << QByteArray("\xEF\xBB{}");
        QTest::newRow("number then letter") << QByteArray("[1x]");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        // An unexpected token is read whole before the error, which sits at its last byte (nlohmann's convention).
        QTest::newRow("string after document") << QByteArray("{} \"xyz\"");
        QTest::newRow("string for separator") << QByteArray("[1 \"abc\"]");
        QTest::newRow("literal for colon") << QByteArray("{\"a\" true}");
        QTest::newRow("number for separator") << QByteArray("[1 2.5e3]");
        QTest::newRow("string for object separator") << QByteArray("{\"a\":1 \"b\"}");
        QTest::newRow("bad literal for separator") << QByteArray("[1 tru]");
        QTest::newRow("bad string for separator") << QByteArray("[1 \"\\x\"]");
        QTest::newRow("bad number for separator") << QByteArray("[1 -x]");
        QTest::newRow("date as document") << QByteArray("2026-01-05T08:00:00Z");
        QTest::newRow("unexpected at end of input") << QByteArray("{\"a\":");
    }

    void text_sameEventsAsNlohmann()
    {
        QFETCH(QByteArray, text);
        compareAllChunkings(text);
    }

    void sampleFiles_sameEventsAsNlohmann()
    {
        // The real price samples and the fuzzers' corpora and regressions.
        int files = 0;
        for (const char* dir : {ARCHDESK_TESTS_DIR "/data/aws-pricing", ARCHDESK_SOURCE_DIR "/fuzz/corpus",
                                ARCHDESK_SOURCE_DIR "/fuzz/regressions"}) {
            QDirIterator it(QString::fromUtf8(dir), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QByteArray text = readFile(it.next());
                Outcome reference;
                runNlohmann(text, reference);
                for (const std::size_t chunk : {std::size_t(1), std::size_t(13), std::size_t(1) << 20}) {
                    Outcome got;
                    runStream(text, chunk, got);
                    QVERIFY2(got.ok == reference.ok && got.sax.events == reference.sax.events &&
                                 got.sax.errorAt == reference.sax.errorAt,
                             qPrintable(it.filePath()));
                }
                ++files;
            }
        }
        QVERIFY(files >= 10);
    }

    void handlerReturningFalse_stopsWithoutAnError()
    {
        const QByteArray text("{\"a\":[1,2,{\"b\":\"c\"}],\"d\":true}");
        for (int stop = 0; stop < 8; ++stop) {
            Outcome reference, got;
            runNlohmann(text, reference, stop);
            runStream(text, 3, got, stop);
            QVERIFY(!got.ok);
            QCOMPARE(got.sax.events, reference.sax.events);
            QVERIFY(!got.sax.events.contains("error"));
        }
    }

    void position_countsBytesRead()
    {
        const QByteArray text("  {\"a\": 1}  ");
        std::size_t at = 0;
        JsonStreamParser parser([&]() -> std::string_view {
            const std::size_t n = std::min<std::size_t>(4, static_cast<std::size_t>(text.size()) - at);
            const std::string_view piece(text.constData() + at, n);
            at += n;
            return piece;
        });
        Recorder sax;
        QVERIFY(parser.parse(sax));
        QCOMPARE(parser.position(), std::uint64_t(text.size()));
    }

    void deepNesting_doesNotRecurse()
    {
        // 200,000 levels: an explicit stack, so no stack overflow however deep the input nests.
        const int depth = 200000;
        const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
        Outcome got;
        runStream(text, 1 << 16, got);
        QVERIFY(got.ok);
        QCOMPARE(got.sax.events.size(), 2 * depth);
    }
};

QTEST_APPLESS_MAIN(TstJsonStreamParser)
#include "tst_json_stream_parser.moc"
