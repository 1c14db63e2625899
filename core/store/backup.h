#pragma once
// Backups of the user database: dated copies in a folder, the newest few kept, and restore.

#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/util/time.h"

namespace archdesk::core::store {

inline constexpr int kBackupsKept = 7;

// Writes a consistent copy of db to "<dir>/archdesk-YYYY-MM-DD.db" (the UTC date of now), replacing a
// copy of the same day, then deletes the oldest copies beyond keep. Returns the copy's path.
Result<std::string> backupDatabase(Database& db, const std::string& dir, EpochMs now, int keep = kBackupsKept);

// The backup files in dir, newest first.
std::vector<std::string> listBackups(const std::string& dir);

// True when dir holds no backup of now's UTC date yet (the daily backup is due).
bool dailyBackupDue(const std::string& dir, EpochMs now);

// Replaces the database file at dbPath with the backup's content. The caller closes its connection
// first and reopens afterwards. The backup is checked to be a sound Archdesk database before anything
// is replaced; the current file is kept as "<dbPath>.before-restore".
Result<void> restoreDatabase(const std::string& backupPath, const std::string& dbPath);

// Deletes all study progress (reviews, card states, exam attempts) in one transaction; the user's own
// cards and settings stay.
Result<void> resetProgress(Database& db);

} // namespace archdesk::core::store
