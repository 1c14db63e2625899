#pragma once
// JsonFields: typed reads of JSON object fields that collect every problem as "FILE: field "path": …".

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace archdesk::core {

class JsonFields
{
public:
    using json = nlohmann::json;

    explicit JsonFields(std::string file) : m_file(std::move(file)) {}

    // "a.b" + "c" → "a.b.c"; "a" + "[3]" → "a[3]".
    static std::string join(const std::string& path, const std::string& key);

    // Each reader checks presence and type; on a problem it records it and returns nullopt.
    std::optional<std::string> string(const json& object, const std::string& key, const std::string& path,
                                      bool required = true);
    std::optional<std::int64_t> integer(const json& object, const std::string& key, const std::string& path,
                                        bool required = true);
    std::optional<double> number(const json& object, const std::string& key, const std::string& path,
                                 bool required = true);
    std::optional<bool> boolean(const json& object, const std::string& key, const std::string& path,
                                bool required = true);
    std::optional<std::vector<std::string>> stringArray(const json& object, const std::string& key,
                                                        const std::string& path, bool required = true);
    // The member itself, checked to be an object / an array.
    const json* object(const json& object, const std::string& key, const std::string& path, bool required = true);
    const json* array(const json& object, const std::string& key, const std::string& path, bool required = true);

    // Numbers in a range, inclusive.
    std::optional<double> numberIn(const json& object, const std::string& key, const std::string& path, double lo,
                                   double hi, bool required = true);
    std::optional<std::int64_t> integerIn(const json& object, const std::string& key, const std::string& path,
                                          std::int64_t lo, std::int64_t hi, bool required = true);

    void problem(const std::string& path, const std::string& message);
    void problemAt(const std::string& location, const std::string& message);

    const std::vector<Error>& problems() const { return m_problems; }
    std::vector<Error> takeProblems() { return std::move(m_problems); }
    bool ok() const { return m_problems.empty(); }
    const std::string& file() const { return m_file; }

    // The JSON type name used in messages ("a string", "a number", …).
    static const char* typeName(const json& value);

private:
    const json* member(const json& object, const std::string& key, const std::string& path, bool required);
    std::string m_file;
    std::vector<Error> m_problems;
};

} // namespace archdesk::core
