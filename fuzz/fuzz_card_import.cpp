// Fuzzes the flashcard import: CSV/TSV with Anki headers, and JSON decks.
#include <string>

#include "core/study/card_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"cards.csv", "cards.tsv", "cards.txt"}) {
        const auto table = archdesk::core::study::parseDelimited(text, name);
        (void)archdesk::core::study::cardsFromTable(table, table.mapping);
    }
    (void)archdesk::core::study::cardsFromJson(text, "cards.json");
    return 0;
}
