// cards import: the flashcard import of the Flashcards page, for scripts — all rows or none.

#include <fmt/format.h>
#include <ostream>

#include "app/cli/cli.h"
#include "core/study/card_collection.h"
#include "core/study/card_import.h"
#include "core/util/clock.h"
#include "core/util/json_file.h"

namespace archdesk::cli {

namespace {

int cardsImport(Context& ctx, const Args& args)
{
    const std::string& file = args.positional.front();
    auto text = core::readTextFile(file);
    if (!text)
        return ctx.fail(text.error());
    const bool json = file.size() >= 5 && file.compare(file.size() - 5, 5, ".json") == 0;
    core::study::ImportResult result;
    if (json) {
        result = core::study::cardsFromJson(*text, file);
    } else {
        const auto table = core::study::parseDelimited(*text, file);
        if (table.mapping.front < 0 || table.mapping.back < 0)
            return ctx.fail(core::invalidInput("no Front and Back columns found; expected a header row naming them "
                                               "(or Anki's #columns: header)",
                                               file + ":1"));
        result = core::study::cardsFromTable(table, table.mapping);
        result.problems.insert(result.problems.begin(), table.problems.begin(), table.problems.end());
    }
    if (!result.problems.empty()) {
        for (const auto& p : result.problems)
            ctx.err << "archdesk-cli: " << (p.line > 0 ? fmt::format("{}:{}", file, p.line) : file) << ": " << p.message
                    << '\n';
        ctx.err << fmt::format("archdesk-cli: {}: nothing imported ({} problem(s))\n", file, result.problems.size());
        return kExitInvalidInput;
    }
    if (result.cards.empty())
        return ctx.fail(core::invalidInput("holds no cards", file));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const auto& content = ctx.content();
    auto collection = core::study::CardCollection::load(**db, content.content.cards);
    if (!collection)
        return ctx.fail(collection.error());
    auto imported = collection->importCards(**db, result.cards, core::SystemClock().now());
    if (!imported)
        return ctx.fail(imported.error());
    ctx.out << fmt::format("imported {} card(s) from {}\n", *imported, file);
    return kExitOk;
}

} // namespace

void addCardsCommands(std::vector<CommandSpec>& commands)
{
    commands.push_back({"cards import", "FILE",
                        "Import flashcards from CSV/TSV (a header row or Anki's #separator/#columns headers) or a JSON "
                        "deck, in one transaction: any bad row is reported with its line and nothing is imported.",
                        {}, 1, 1, cardsImport});
}

} // namespace archdesk::cli
