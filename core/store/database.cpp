#include "core/store/database.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace archdesk::core::store {

// --- Statement ---

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->sqliteError("statement failed");
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

// --- Database ---

Result<Database> Database::open(const std::string& path, Options options)
{
    sqlite3* raw = nullptr;
    const int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close(raw);
        return Error{ErrorCode::Io, fmt::format("cannot open the database: {}", message), path};
    }
    Database db(raw, path);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    // A file that is not a database shows itself on the first read.
    if (auto r = db.exec("SELECT count(*) FROM sqlite_master"); !r)
        return Error{ErrorCode::InvalidInput, fmt::format("not an Archdesk database: {}", r.error().message), path};
    if (!options.readOnly) {
        if (auto r = db.exec("PRAGMA journal_mode=WAL"); !r)
            return r.error();
        if (auto r = db.exec("PRAGMA synchronous=NORMAL"); !r)
            return r.error();
    }
    if (auto r = db.exec("PRAGMA foreign_keys=ON"); !r)
        return r.error();
    return db;
}

Database::Database(Database&& other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Error Database::sqliteError(std::string_view what) const
{
    const int code = sqlite3_errcode(m_db);
    const ErrorCode kind = (code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_READONLY ||
                            code == SQLITE_CANTOPEN || code == SQLITE_BUSY || code == SQLITE_LOCKED)
                               ? ErrorCode::Io
                               : ErrorCode::Internal;
    return Error{kind, fmt::format("{}: {}", what, sqlite3_errmsg(m_db)), m_path};
}

std::string Database::lastError() const { return sqlite3_errmsg(m_db); }

Result<void> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string why = message ? message : "unknown error";
        sqlite3_free(message);
        Error e = sqliteError("SQL failed");
        e.message = fmt::format("SQL failed: {}", why);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return sqliteError("cannot prepare SQL");
    return Statement(this, stmt);
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

Result<int> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return static_cast<int>(stmt->columnInt(0));
}

Result<void> Database::setUserVersion(int version) { return exec(fmt::format("PRAGMA user_version={}", version)); }

Result<void> Database::transaction(const std::function<Result<void>()>& body)
{
    if (auto r = exec("BEGIN IMMEDIATE"); !r)
        return r;
    Result<void> outcome;
    try {
        outcome = body();
    } catch (const std::exception& e) {
        outcome = Error{ErrorCode::Internal, fmt::format("unexpected failure: {}", e.what()), m_path};
    } catch (...) {
        outcome = Error{ErrorCode::Internal, "unexpected failure", m_path};
    }
    if (!outcome) {
        (void)exec("ROLLBACK");
        return outcome;
    }
    if (auto r = exec("COMMIT"); !r) {
        (void)exec("ROLLBACK");
        return r;
    }
    return {};
}

Result<std::string> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->columnText(0);
}

} // namespace archdesk::core::store
