#include "core/util/json_fields.h"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace archdesk::core {

std::string JsonFields::join(const std::string& path, const std::string& key)
{
    if (path.empty())
        return key;
    if (!key.empty() && key.front() == '[')
        return path + key;
    return path + "." + key;
}

const char* JsonFields::typeName(const json& value)
{
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true/false";
    case json::value_t::string: return "a string";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    default: return "a value of another kind";
    }
}

void JsonFields::problem(const std::string& path, const std::string& message)
{
    m_problems.push_back(invalidInput(message, fmt::format("{}: field \"{}\"", m_file, path)));
}

void JsonFields::problemAt(const std::string& location, const std::string& message)
{
    m_problems.push_back(invalidInput(message, location.empty() ? m_file : location));
}

const nlohmann::json* JsonFields::member(const json& object, const std::string& key, const std::string& path,
                                         bool required)
{
    const std::string full = join(path, key);
    if (!object.is_object()) {
        problem(path.empty() ? key : path, fmt::format("expected an object, found {}", typeName(object)));
        return nullptr;
    }
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            problem(full, "is missing");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonFields::string(const json& object, const std::string& key, const std::string& path,
                                              bool required)
{
    const json* v = member(object, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        problem(join(path, key), fmt::format("expected a string, found {}", typeName(*v)));
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<std::int64_t> JsonFields::integer(const json& object, const std::string& key, const std::string& path,
                                                bool required)
{
    const json* v = member(object, key, path, required);
    if (!v)
        return std::nullopt;
    // A whole number may be written with a point (30.0); one beyond int64 is out of range, not wrapped.
    const bool whole = v->is_number_integer() || v->is_number_unsigned() ||
                       (v->is_number_float() && v->get<double>() == std::trunc(v->get<double>()));
    const bool inRange = v->is_number_unsigned() ? v->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)
                         : v->is_number_float()  ? std::abs(v->get<double>()) < 9.2e18
                                                 : true;
    if (whole && !inRange) {
        problem(join(path, key), fmt::format("{} is out of range for a whole number", v->dump()));
        return std::nullopt;
    }
    if (whole)
        return v->is_number_float() ? static_cast<std::int64_t>(v->get<double>()) : v->get<std::int64_t>();
    problem(join(path, key), fmt::format("expected a whole number, found {}", v->is_number() ? v->dump() : typeName(*v)));
    return std::nullopt;
}

std::optional<double> JsonFields::number(const json& object, const std::string& key, const std::string& path,
                                         bool required)
{
    const json* v = member(object, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        problem(join(path, key), fmt::format("expected a number, found {}", typeName(*v)));
        return std::nullopt;
    }
    return v->get<double>();
}

std::optional<bool> JsonFields::boolean(const json& object, const std::string& key, const std::string& path,
                                        bool required)
{
    const json* v = member(object, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        problem(join(path, key), fmt::format("expected true or false, found {}", typeName(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::vector<std::string>> JsonFields::stringArray(const json& object, const std::string& key,
                                                                const std::string& path, bool required)
{
    const json* v = member(object, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->is_array()) {
        problem(join(path, key), fmt::format("expected an array of strings, found {}", typeName(*v)));
        return std::nullopt;
    }
    std::vector<std::string> out;
    out.reserve(v->size());
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        if (!item.is_string()) {
            problem(fmt::format("{}[{}]", join(path, key), i), fmt::format("expected a string, found {}", typeName(item)));
            return std::nullopt;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const nlohmann::json* JsonFields::object(const json& parent, const std::string& key, const std::string& path,
                                         bool required)
{
    const json* v = member(parent, key, path, required);
    if (v && !v->is_object()) {
        problem(join(path, key), fmt::format("expected an object, found {}", typeName(*v)));
        return nullptr;
    }
    return v;
}

const nlohmann::json* JsonFields::array(const json& parent, const std::string& key, const std::string& path,
                                        bool required)
{
    const json* v = member(parent, key, path, required);
    if (v && !v->is_array()) {
        problem(join(path, key), fmt::format("expected an array, found {}", typeName(*v)));
        return nullptr;
    }
    return v;
}

std::optional<double> JsonFields::numberIn(const json& object, const std::string& key, const std::string& path,
                                           double lo, double hi, bool required)
{
    auto v = number(object, key, path, required);
    if (v && (*v < lo || *v > hi)) {
        problem(join(path, key), fmt::format("{} is out of range; expected a number from {} to {}", *v, lo, hi));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> JsonFields::integerIn(const json& object, const std::string& key, const std::string& path,
                                                  std::int64_t lo, std::int64_t hi, bool required)
{
    auto v = integer(object, key, path, required);
    if (v && (*v < lo || *v > hi)) {
        problem(join(path, key), fmt::format("{} is out of range; expected a whole number from {} to {}", *v, lo, hi));
        return std::nullopt;
    }
    return v;
}

} // namespace archdesk::core
