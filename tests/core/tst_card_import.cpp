// Import (CSV with header, Anki #headers, JSON decks) with every bad row listed by line, one transaction,
// and the exports read back.
#include <QtTest>

#include "core/store/migrations.h"
#include "core/study/card_collection.h"
#include "core/study/card_import.h"
#include "core/util/json_file.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

namespace {

std::string fixture(const char* name)
{
    return readTextFile(std::string(ARCHDESK_TESTS_DIR "/core/fixtures/import/") + name).value();
}

} // namespace

class TstCardImport : public QObject
{
    Q_OBJECT
private slots:
    void csvWithHeader_importsGoodRows_listsBadOnesByLine()
    {
        const auto table = parseDelimited(fixture("cards.csv"), "cards.csv");
        QCOMPARE(table.separator, ',');
        QCOMPARE(table.header, (std::vector<std::string>{"front", "back", "tags"}));
        QCOMPARE(table.mapping.front, 0);
        QCOMPARE(table.mapping.back, 1);
        QCOMPARE(table.mapping.tags, 2);
        const auto result = cardsFromTable(table, table.mapping);
        QCOMPARE(result.cards.size(), std::size_t(2));
        QCOMPARE(result.cards[0].front, std::string("What does ELB stand for?"));
        QCOMPARE(result.cards[0].tags, (std::vector<std::string>{"elb", "basics"}));
        QCOMPARE(result.cards[1].front, std::string("Multi-line \"quoted\"\nfront")); // quotes and a line break
        QCOMPARE(result.problems.size(), std::size_t(2));
        QCOMPARE(result.problems[0].line, 3); // "Empty back,,x"
        QVERIFY(QString::fromStdString(result.problems[0].message).contains("back is empty"));
        QCOMPARE(result.problems[1].line, 6); // after the two-line row
        QVERIFY(QString::fromStdString(result.problems[1].message).contains("front is empty"));
    }

    void ankiHeaders_setSeparatorAndColumns()
    {
        const auto table = parseDelimited(fixture("anki.txt"), "anki.txt");
        QCOMPARE(table.separator, '\t');
        QCOMPARE(table.header, (std::vector<std::string>{"Front", "Back", "Tags"}));
        const auto result = cardsFromTable(table, table.mapping);
        QCOMPARE(result.cards.size(), std::size_t(2));
        QCOMPARE(result.cards[1].back, std::string("Layer 7"));
        QCOMPARE(result.cards[0].tags, (std::vector<std::string>{"networking", "elb"}));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QCOMPARE(result.problems[0].line, 6);
    }

    void mappingChosenByUser_isUsed()
    {
        const auto table = parseDelimited("q;a\nA;B\n", "x.dat");
        QCOMPARE(table.separator, ';');
        ColumnMapping m;
        m.front = 1;
        m.back = 0;
        const auto result = cardsFromTable(table, m);
        QCOMPARE(result.cards.at(0).front, std::string("B"));
        QVERIFY(!cardsFromTable(table, ColumnMapping{}).problems.empty()); // no Front column
    }

    void jsonDeck_badCardListed_syntaxErrorHasLine()
    {
        const auto result = cardsFromJson(fixture("deck.json"), "deck.json");
        QCOMPARE(result.cards.size(), std::size_t(2));
        QCOMPARE(result.cards[0].id, std::string("my-1"));
        QCOMPARE(result.problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(result.problems[0].message).contains("[1].front"));
        const auto broken = cardsFromJson("[\n{\"front\": \"x\",,}\n]", "bad.json");
        QCOMPARE(broken.problems.size(), std::size_t(1));
        QCOMPARE(broken.problems[0].line, 2);
    }

    void import_isOneTransaction()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(store::migrate(*db, store::schemaMigrations()).ok());
        auto c = CardCollection::load(*db, {});
        auto cards = cardsFromJson(fixture("deck.json"), "deck.json").cards;
        QCOMPARE(*c->importCards(*db, cards, 1000), 2);
        QCOMPARE(c->size(), std::size_t(2));
        // One bad card fails the whole import: nothing of it is kept.
        cards[0].id = "other";
        cards[1].front.clear();
        QVERIFY(!c->importCards(*db, cards, 2000).ok());
        QCOMPARE(CardCollection::load(*db, {})->size(), std::size_t(2));
    }

    void exports_readBack()
    {
        Card a;
        a.id = "x";
        a.front = "Tab\there";
        a.back = "Line\nbreak \"quoted\"";
        a.tags = {"t1", "t2"};
        const std::string tsv = exportAnkiTsv({a});
        QVERIFY(tsv.rfind("#separator:tab\n#html:false\n", 0) == 0);
        const auto table = parseDelimited(tsv, "export.txt");
        const auto back = cardsFromTable(table, table.mapping);
        QCOMPARE(back.cards.size(), std::size_t(1));
        QCOMPARE(back.cards[0].front, a.front);
        QCOMPARE(back.cards[0].back, a.back);
        QCOMPARE(back.cards[0].tags, a.tags);
        const auto json = cardsFromJson(exportJson({a}), "export.json");
        QCOMPARE(json.cards.at(0).back, a.back);
        QCOMPARE(json.cards.at(0).id, std::string("x"));
    }
};

QTEST_GUILESS_MAIN(TstCardImport)
#include "tst_card_import.moc"
