#pragma once
// Reading JSON input files with errors that name the file, line and column.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace archdesk::core {

// Reads a whole (small) text file. A missing or unreadable file is an error naming it.
Result<std::string> readTextFile(const std::string& path);

// Parses text as JSON; an error reads "PATH:LINE:COL: invalid JSON: …".
Result<nlohmann::json> parseJson(std::string_view text, const std::string& path);

// readTextFile + parseJson.
Result<nlohmann::json> readJsonFile(const std::string& path);

// 1-based line and column of a byte offset (0-based) in text.
struct TextPosition
{
    std::size_t line;
    std::size_t column;
};
TextPosition positionOfOffset(std::string_view text, std::size_t offset);

} // namespace archdesk::core
