#include "core/util/json_file.h"

#include <cctype>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace archdesk::core {

Result<std::string> readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::NotFound, "cannot open the file (missing or unreadable)", path};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return Error{ErrorCode::Io, "cannot read the file", path};
    return buffer.str();
}

TextPosition positionOfOffset(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition pos{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return pos;
}

Result<nlohmann::json> parseJson(std::string_view text, const std::string& path)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points at the character that could not be read.
        // e.byte is 1-based and points at the last character read, the end of the offending token:
        // step back to where that token starts, which is where a reader looks.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        if (std::string_view(e.what()).find("invalid string") != std::string_view::npos) {
            // A bad string (unterminated, control character, bad escape): point at its opening quote.
            const std::size_t quote = text.rfind('"', std::min(offset, text.size() - 1));
            if (quote != std::string_view::npos)
                offset = quote;
        } else if (offset < text.size()) {
            if (text[offset] == '"') {
                std::size_t start = offset;
                while (start > 0 && !(text[start - 1] == '"' && (start < 2 || text[start - 2] != '\\')))
                    --start;
                offset = start > 0 ? start - 1 : 0;
            } else {
                const auto partOfWord = [](char c) {
                    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
                };
                while (offset > 0 && partOfWord(text[offset]) && partOfWord(text[offset - 1]))
                    --offset;
            }
        }
        const TextPosition pos = positionOfOffset(text, offset);
        std::string what = e.what();
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: <reason>".
        if (const auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
            what = what.substr(colon + 2);
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            what = "the file is empty; expected a JSON document";
        return invalidInput(fmt::format("invalid JSON: {}", what), fmt::format("{}:{}:{}", path, pos.line, pos.column));
    } catch (const nlohmann::json::exception& e) {
        // Not a syntax error but a value JSON can hold and we cannot (a number beyond double's range).
        std::string what = e.what();
        if (const auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        return invalidInput(fmt::format("invalid JSON: {}", what), path);
    }
}

Result<nlohmann::json> readJsonFile(const std::string& path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseJson(*text, path);
}

} // namespace archdesk::core
