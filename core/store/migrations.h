#pragma once
// Forward-only schema migrations of the user database, each step in its own transaction.

#include <functional>
#include <string>
#include <vector>

#include "core/store/database.h"

namespace archdesk::core::store {

struct Migration
{
    int version;                                   // PRAGMA user_version after this step
    std::string description;
    std::function<Result<void>(Database&)> apply;  // runs inside the step's transaction
};

// The steps that build the current schema, oldest first.
const std::vector<Migration>& schemaMigrations();

// The schema version this build writes.
int latestSchemaVersion();

// Brings db up to the last step's version. Before the first step on a database that already holds
// data (user_version > 0), the file is copied to "<path>.v<N>.bak". A step that fails (or throws)
// is rolled back and stops the migration; the file is then exactly as it was before that step.
// A database newer than the steps is an error: this build cannot read it safely.
Result<void> migrate(Database& db, const std::vector<Migration>& steps);

// Opens the user's database and migrates it to the current schema.
Result<Database> openUserDatabase(const std::string& path);

} // namespace archdesk::core::store
