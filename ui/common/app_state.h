#pragma once
// AppState: what every page shares — the bundled content and the user's database.

#include <memory>
#include <optional>
#include <string>

#include "core/content/content.h"
#include "core/store/database.h"
#include "ui/common/app_events.h"

namespace archdesk::ui {

struct AppState
{
    std::string dataDir;
    core::content::LoadReport content;
    std::string dbPath;
    std::optional<core::store::Database> db; // empty when it could not be opened
    std::string dbError;                     // why, for the status bar
    std::unique_ptr<AppEvents> events = std::make_unique<AppEvents>();

    // Closes and reopens the database (after a restore); false with dbError set when it fails.
    bool reopenDatabase();

    // Loads the content from dataDir and opens (migrating) the database at dbPath.
    static AppState load(const std::string& dataDir, const std::string& dbPath);
};

} // namespace archdesk::ui
