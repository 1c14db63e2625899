#include "core/store/migrations.h"

#include <filesystem>
#include <fmt/format.h>

#include "core/store/schema.h"

namespace archdesk::core::store {

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "cards, review log and settings", [](Database& db) { return db.exec(schema::kVersion1); }},
        {2, "practice exam attempts and answers", [](Database& db) { return db.exec(schema::kVersion2); }},
        {3, "full card state in the review log, saved decks", [](Database& db) { return db.exec(schema::kVersion3); }},
        {4, "imported EC2 prices", [](Database& db) { return db.exec(schema::kVersion4); }},
    };
    return steps;
}

int latestSchemaVersion() { return schemaMigrations().back().version; }

Result<void> migrate(Database& db, const std::vector<Migration>& steps)
{
    auto current = db.userVersion();
    if (!current)
        return current.error();
    const int target = steps.empty() ? 0 : steps.back().version;
    if (*current > target)
        return Error{ErrorCode::InvalidInput,
                     fmt::format("the database has schema version {}, newer than this Archdesk knows ({}); "
                                 "update Archdesk to open it",
                                 *current, target),
                     db.path()};
    if (*current == target)
        return {};

    if (*current > 0 && db.path() != ":memory:" && !db.path().empty()) {
        const std::string backup = fmt::format("{}.v{}.bak", db.path(), *current);
        std::error_code ec;
        std::filesystem::remove(backup, ec);
        auto stmt = db.prepare("VACUUM INTO ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, backup);
        if (auto r = stmt->run(); !r)
            return Error{ErrorCode::Io, fmt::format("cannot copy the database before migrating: {}", r.error().message),
                         backup};
    }

    for (const Migration& step : steps) {
        if (step.version <= *current)
            continue;
        auto r = db.transaction([&]() -> Result<void> {
            if (auto applied = step.apply(db); !applied)
                return applied;
            return db.setUserVersion(step.version);
        });
        if (!r)
            return Error{r.error().code,
                         fmt::format("migration to schema version {} ({}) failed: {}", step.version, step.description,
                                     r.error().message),
                         db.path()};
    }
    return {};
}

Result<Database> openUserDatabase(const std::string& path)
{
    if (auto parent = std::filesystem::path(path).parent_path(); !parent.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);
    }
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (auto r = migrate(*db, schemaMigrations()); !r)
        return r.error();
    return db;
}

} // namespace archdesk::core::store
