#pragma once
// Result<T>: a value or an Error; how core reports failure without throwing across its boundary.

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace archdesk::core {

enum class ErrorCode {
    InvalidInput, // the user's file or value is wrong: CLI exit status 2
    NotFound,     // a named thing does not exist: CLI exit status 2
    Io,           // the file system or the database refused: CLI exit status 3
    Internal,     // a bug or an impossible state: CLI exit status 3
    Cancelled,    // the user stopped a long operation
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;  // what is wrong and what was expected
    std::string location; // "FILE:LINE:COL", "FILE: field \"a.b\"" or empty

    // The one-line form the CLI prints and the UI shows: "location: message".
    std::string describe() const { return location.empty() ? message : location + ": " + message; }
};

inline Error invalidInput(std::string message, std::string location = {})
{
    return Error{ErrorCode::InvalidInput, std::move(message), std::move(location)};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace archdesk::core
