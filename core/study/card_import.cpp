#include "core/study/card_import.h"

#include <optional>

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/util/json_file.h"

namespace archdesk::core::study {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && lower(s.substr(s.size() - suffix.size())) == suffix;
}

std::optional<char> separatorByName(const std::string& name)
{
    const std::string n = lower(trim(name));
    if (n == "tab" || n == "\\t" || n == "\t")
        return '\t';
    if (n == "comma" || n == ",")
        return ',';
    if (n == "semicolon" || n == ";")
        return ';';
    if (n == "pipe" || n == "|")
        return '|';
    if (n == "space" || n == " ")
        return ' ';
    if (n == "colon" || n == ":")
        return ':';
    return std::nullopt;
}

std::vector<std::string> splitList(const std::string& s)
{
    std::vector<std::string> out;
    std::string cur;
    for (const char c : s) {
        if (c == ' ' || c == ',' || c == '\t') {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

ColumnMapping guessMapping(const std::vector<std::string>& header)
{
    ColumnMapping m;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = lower(trim(header[i]));
        const int col = static_cast<int>(i);
        if (h == "id" && m.id < 0)
            m.id = col;
        else if ((h == "front" || h == "question" || h == "text") && m.front < 0)
            m.front = col;
        else if ((h == "back" || h == "answer" || h == "extra") && m.back < 0)
            m.back = col;
        else if ((h == "tags" || h == "tag") && m.tags < 0)
            m.tags = col;
        else if ((h == "services" || h == "service") && m.services < 0)
            m.services = col;
        else if ((h == "references" || h == "reference" || h == "links") && m.references < 0)
            m.references = col;
    }
    // No names known (Anki files often have none): front, back, then tags.
    if (m.front < 0 && m.back < 0) {
        m.front = header.size() > 0 ? 0 : -1;
        m.back = header.size() > 1 ? 1 : -1;
        if (m.tags < 0 && header.size() > 2)
            m.tags = 2;
    }
    return m;
}

} // namespace

DelimitedTable parseDelimited(const std::string& text, const std::string& fileName)
{
    DelimitedTable table;
    std::optional<char> separator;
    std::optional<std::vector<std::string>> columns;
    std::optional<int> tagsColumn;
    std::size_t pos = 0;
    int line = 1;
    // Anki's file headers: "#key:value" lines at the top.
    while (pos < text.size() && text[pos] == '#') {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string header = text.substr(pos + 1, end - pos - 1);
        const auto colon = header.find(':');
        const std::string key = lower(trim(header.substr(0, colon)));
        const std::string value = colon == std::string::npos ? "" : header.substr(colon + 1);
        if (key == "separator") {
            separator = separatorByName(value);
            if (!separator)
                table.problems.push_back({line, fmt::format("unknown #separator \"{}\"; expected tab, comma, semicolon, "
                                                            "pipe, space or colon",
                                                            trim(value))});
        } else if (key == "columns") {
            columns = std::vector<std::string>{};
            std::string v = value;
            if (!v.empty() && v.back() == '\r')
                v.pop_back();
            const char sep = separator.value_or(v.find('\t') != std::string::npos ? '\t' : ',');
            std::string cur;
            for (const char c : v) {
                if (c == sep) {
                    columns->push_back(trim(cur));
                    cur.clear();
                } else {
                    cur += c;
                }
            }
            columns->push_back(trim(cur));
        } else if (key == "tags column") {
            try {
                tagsColumn = std::stoi(trim(value));
            } catch (...) {
                table.problems.push_back({line, "#tags column: expected a column number"});
            }
        }
        pos = end + 1;
        ++line;
    }
    if (!separator) {
        if (endsWith(fileName, ".tsv") || endsWith(fileName, ".txt"))
            separator = '\t';
        else if (endsWith(fileName, ".csv"))
            separator = ',';
        else {
            const std::string first = text.substr(pos, text.find('\n', pos) - pos);
            separator = first.find('\t') != std::string::npos ? '\t' : first.find(';') != std::string::npos ? ';' : ',';
        }
    }
    table.separator = *separator;

    // RFC 4180 fields: quotes around a field allow separators, quotes ("") and newlines inside it.
    std::vector<std::string> row;
    std::string field;
    bool inQuotes = false, fieldStarted = false, rowHasContent = false;
    int rowLine = line;
    const auto endField = [&]() {
        row.push_back(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&]() {
        endField();
        if (rowHasContent) {
            table.rows.push_back(std::move(row));
            table.rowLines.push_back(rowLine);
        }
        row.clear();
        rowHasContent = false;
    };
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (inQuotes) {
            if (c == '"') {
                if (pos + 1 < text.size() && text[pos + 1] == '"') {
                    field += '"';
                    ++pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            rowHasContent = true;
        } else if (c == table.separator) {
            endField();
            rowHasContent = true;
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r')
                field.pop_back();
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
            if (c != '\r')
                rowHasContent = true;
        }
    }
    if (inQuotes)
        table.problems.push_back({rowLine, "a quoted field is not closed; expected a closing \""});
    if (!field.empty() && field.back() == '\r')
        field.pop_back();
    endRow();

    if (columns) {
        table.header = *columns;
    } else if (!table.rows.empty()) { // without #columns the first row names the columns
        table.header = table.rows.front();
        table.rows.erase(table.rows.begin());
        table.rowLines.erase(table.rowLines.begin());
    }
    table.mapping = guessMapping(table.header);
    if (tagsColumn && *tagsColumn >= 1)
        table.mapping.tags = *tagsColumn - 1;
    return table;
}

ImportResult cardsFromTable(const DelimitedTable& table, const ColumnMapping& mapping)
{
    ImportResult result;
    for (const auto& p : table.problems)
        result.problems.push_back(p);
    if (mapping.front < 0) {
        result.problems.push_back({0, "no column is mapped to Front; choose which column holds the question"});
        return result;
    }
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        const int line = table.rowLines[i];
        const auto cell = [&](int col) -> std::string {
            return col >= 0 && static_cast<std::size_t>(col) < row.size() ? trim(row[static_cast<std::size_t>(col)])
                                                                           : std::string();
        };
        const int needed = std::max({mapping.front, mapping.back, mapping.id});
        if (static_cast<int>(row.size()) <= needed) {
            result.problems.push_back({line, fmt::format("{} column(s), expected at least {}", row.size(), needed + 1)});
            continue;
        }
        Card c;
        c.id = cell(mapping.id);
        c.front = cell(mapping.front);
        c.back = cell(mapping.back);
        if (c.front.empty()) {
            result.problems.push_back({line, "the front is empty"});
            continue;
        }
        if (mapping.back >= 0 && c.back.empty()) {
            result.problems.push_back({line, "the back is empty"});
            continue;
        }
        c.tags = splitList(cell(mapping.tags));
        c.services = splitList(cell(mapping.services));
        c.references = splitList(cell(mapping.references));
        result.cards.push_back(std::move(c));
    }
    return result;
}

ImportResult cardsFromJson(const std::string& text, const std::string& fileName)
{
    ImportResult result;
    auto doc = parseJson(text, fileName);
    if (!doc) {
        // "FILE:LINE:COL": keep the line for the problem list.
        const std::string& loc = doc.error().location;
        int line = 0;
        if (const auto a = loc.rfind(':'); a != std::string::npos && a > 0)
            if (const auto b = loc.rfind(':', a - 1); b != std::string::npos)
                line = std::atoi(loc.substr(b + 1, a - b - 1).c_str());
        result.problems.push_back({line, doc.error().message});
        return result;
    }
    if (!doc->is_array()) {
        // The document itself is the wrong kind: the place is where it starts.
        result.problems.push_back({1, "expected an array of cards like data/cards/*.json"});
        return result;
    }
    for (std::size_t i = 0; i < doc->size(); ++i) {
        const auto& item = (*doc)[i];
        const auto textField = [&](const char* key) -> std::optional<std::string> {
            if (!item.is_object() || !item.contains(key) || !item[key].is_string() ||
                item[key].get<std::string>().empty()) {
                result.problems.push_back({0, fmt::format("field \"[{}].{}\": is missing or not text", i, key)});
                return std::nullopt;
            }
            return item[key].get<std::string>();
        };
        const auto front = textField("front");
        const auto back = textField("back");
        if (!front || !back)
            continue;
        Card c;
        c.front = *front;
        c.back = *back;
        if (item.contains("id") && item["id"].is_string())
            c.id = item["id"].get<std::string>();
        const auto strings = [&](const char* key, std::vector<std::string>& out) {
            if (item.contains(key) && item[key].is_array())
                for (const auto& v : item[key])
                    if (v.is_string())
                        out.push_back(v.get<std::string>());
        };
        strings("tags", c.tags);
        strings("services", c.services);
        strings("references", c.references);
        strings("tasks", c.tasks);
        if (item.contains("domains") && item["domains"].is_object())
            for (const auto& [k, v] : item["domains"].items())
                if (v.is_string())
                    c.domains[k] = v.get<std::string>();
        result.cards.push_back(std::move(c));
    }
    return result;
}

namespace {

// Anki reads a field in double quotes when it holds the separator, a quote or a line break.
std::string ankiField(const std::string& s)
{
    if (s.find_first_of("\t\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (const char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::string exportAnkiTsv(const std::vector<Card>& cards)
{
    std::string out = "#separator:tab\n#html:false\n#columns:Front\tBack\tTags\n#tags column:3\n";
    for (const auto& c : cards) {
        std::string tags;
        for (const auto& t : c.tags)
            tags += (tags.empty() ? "" : " ") + t;
        out += ankiField(c.front) + "\t" + ankiField(c.back) + "\t" + ankiField(tags) + "\n";
    }
    return out;
}

std::string exportJson(const std::vector<Card>& cards)
{
    nlohmann::json a = nlohmann::json::array();
    for (const auto& c : cards) {
        nlohmann::json j;
        j["id"] = c.id;
        j["front"] = c.front;
        j["back"] = c.back;
        j["domains"] = c.domains;
        if (!c.tasks.empty())
            j["tasks"] = c.tasks;
        j["services"] = c.services;
        j["tags"] = c.tags;
        j["references"] = c.references;
        a.push_back(std::move(j));
    }
    return a.dump(2) + "\n";
}

} // namespace archdesk::core::study
