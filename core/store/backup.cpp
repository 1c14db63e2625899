#include "core/store/backup.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "core/store/migrations.h"

namespace archdesk::core::store {

namespace fs = std::filesystem;

namespace {

bool isBackupName(const std::string& name)
{
    // archdesk-YYYY-MM-DD.db
    return name.size() == 22 && name.rfind("archdesk-", 0) == 0 && name.compare(19, 3, ".db") == 0;
}

} // namespace

std::vector<std::string> listBackups(const std::string& dir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && isBackupName(entry.path().filename().string()))
            files.push_back(entry.path().string());
    // The date is in the name, so name order is date order.
    std::sort(files.rbegin(), files.rend());
    return files;
}

bool dailyBackupDue(const std::string& dir, EpochMs now)
{
    std::error_code ec;
    return !fs::exists(fs::path(dir) / fmt::format("archdesk-{}.db", formatIsoDate(now)), ec);
}

Result<std::string> backupDatabase(Database& db, const std::string& dir, EpochMs now, int keep)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return Error{ErrorCode::Io, fmt::format("cannot create the backup folder: {}", ec.message()), dir};
    const fs::path target = fs::path(dir) / fmt::format("archdesk-{}.db", formatIsoDate(now));
    const fs::path partial = fs::path(target).concat(".partial");
    fs::remove(partial, ec);
    auto stmt = db.prepare("VACUUM INTO ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, partial.string());
    if (auto r = stmt->run(); !r) {
        fs::remove(partial, ec);
        return Error{ErrorCode::Io, fmt::format("backup failed: {}", r.error().message), target.string()};
    }
    // Rename last, so a crash never leaves a half-written file under a backup's name.
    fs::rename(partial, target, ec);
    if (ec)
        return Error{ErrorCode::Io, fmt::format("cannot finish the backup: {}", ec.message()), target.string()};
    const auto all = listBackups(dir);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i)
        fs::remove(all[i], ec);
    return target.string();
}

Result<void> restoreDatabase(const std::string& backupPath, const std::string& dbPath)
{
    {
        auto candidate = Database::open(backupPath, Database::Options{true, 1000});
        if (!candidate)
            return candidate.error();
        auto check = candidate->integrityCheck();
        if (!check)
            return check.error();
        if (*check != "ok")
            return Error{ErrorCode::InvalidInput, fmt::format("the backup is damaged: {}", *check), backupPath};
        auto version = candidate->userVersion();
        if (!version)
            return version.error();
        if (*version < 1 || *version > latestSchemaVersion())
            return Error{ErrorCode::InvalidInput,
                         fmt::format("not an Archdesk backup this version can restore (schema {})", *version),
                         backupPath};
    }
    std::error_code ec;
    const fs::path db(dbPath);
    const fs::path staged = fs::path(dbPath).concat(".restoring");
    fs::copy_file(backupPath, staged, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return Error{ErrorCode::Io, fmt::format("cannot copy the backup: {}", ec.message()), backupPath};
    if (fs::exists(db, ec))
        fs::copy_file(db, fs::path(dbPath).concat(".before-restore"), fs::copy_options::overwrite_existing, ec);
    for (const char* suffix : {"-wal", "-shm"})
        fs::remove(fs::path(dbPath).concat(suffix), ec);
    fs::rename(staged, db, ec);
    if (ec)
        return Error{ErrorCode::Io, fmt::format("cannot replace the database: {}", ec.message()), dbPath};
    return {};
}

Result<void> resetProgress(Database& db)
{
    return db.transaction([&]() -> Result<void> {
        for (const char* table : {"review_log", "card_state", "exam_answer", "exam_attempt"})
            if (auto r = db.exec(fmt::format("DELETE FROM {}", table)); !r)
                return r;
        return {};
    });
}

} // namespace archdesk::core::store
