#pragma once
// Database: the user's SQLite file (WAL, foreign keys on), with prepared statements and transactions.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace archdesk::core::store {

class Database;

// One prepared statement. Bind parameters are 1-based, columns 0-based, as in SQLite.
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);

    // Advances to the next row: true when a row is there, false when done; an error is an Error.
    Result<bool> step();
    // Steps through every row, calling onRow() while the statement stands on it; the first error ends it.
    template <typename OnRow>
    Result<void> forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            onRow();
        }
    }
    // Runs a statement that returns no rows to completion.
    Result<void> run();
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Database
{
public:
    struct Options
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
    };

    // Opens (creating when missing) a database file, in WAL mode with foreign keys on.
    static Result<Database> open(const std::string& path, Options options);
    static Result<Database> open(const std::string& path) { return open(path, Options{}); }

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::string& path() const { return m_path; }

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;

    Result<int> userVersion();
    Result<void> setUserVersion(int version);

    // Runs body inside BEGIN IMMEDIATE … COMMIT; any error (or exception) from body rolls back.
    Result<void> transaction(const std::function<Result<void>()>& body);

    // "ok" when the file is sound, otherwise SQLite's first complaint.
    Result<std::string> integrityCheck();

    // The message of SQLite's most recent error on this connection.
    std::string lastError() const;

    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    Error sqliteError(std::string_view what) const;
    friend class Statement;
    sqlite3* m_db = nullptr;
    std::string m_path;
};

} // namespace archdesk::core::store
