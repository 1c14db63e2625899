#pragma once
// Card import and export: CSV/TSV with a header row or Anki's #separator/#columns headers, JSON decks in the
// data/cards format; Anki-importable TSV and JSON out. Problems are listed with their line.

#include <optional>
#include <string>
#include <vector>

#include "core/study/card.h"
#include "core/util/result.h"

namespace archdesk::core::study {

// Which column (0-based) holds which field; -1 = none.
struct ColumnMapping
{
    int id = -1;
    int front = -1;
    int back = -1;
    int tags = -1;     // separated by spaces (Anki) or commas
    int services = -1; // separated by spaces or commas
    int references = -1;
};

struct ImportProblem
{
    int line = 0; // 1-based line of the file (0 = the whole file)
    std::string message;
};

struct DelimitedTable
{
    char separator = ',';
    std::vector<std::string> header;           // column names (from the header row or #columns)
    std::vector<std::vector<std::string>> rows;
    std::vector<int> rowLines;                 // the line each row starts on
    ColumnMapping mapping;                     // guessed from the header names
    std::vector<ImportProblem> problems;       // syntax problems (an unclosed quote, …)
};

// Reads CSV/TSV text. The separator comes from Anki's "#separator:" header, else from the file name
// (.tsv/.txt → tab, .csv → comma), else from the first line.
DelimitedTable parseDelimited(const std::string& text, const std::string& fileName);

struct ImportResult
{
    std::vector<Card> cards;
    std::vector<ImportProblem> problems; // rows left out, each with its line
};

// Cards from the table's rows with a mapping (the GUI lets the user change the guessed one).
ImportResult cardsFromTable(const DelimitedTable& table, const ColumnMapping& mapping);

// A JSON deck: an array of cards as in data/cards ("id" optional, "front" and "back" required).
ImportResult cardsFromJson(const std::string& text, const std::string& fileName);

// "#separator:tab / #html:false / #columns:…" then one card per line; Anki imports it as Basic notes.
std::string exportAnkiTsv(const std::vector<Card>& cards);
// The data/cards format, so that an export can be imported again or bundled.
std::string exportJson(const std::vector<Card>& cards);

} // namespace archdesk::core::study
