#include "ui/common/app_state.h"

#include "core/store/migrations.h"

namespace archdesk::ui {

AppState AppState::load(const std::string& dataDir, const std::string& dbPath)
{
    AppState state;
    state.dataDir = dataDir;
    state.content = core::content::loadContent(dataDir);
    state.dbPath = dbPath;
    state.reopenDatabase();
    return state;
}

bool AppState::reopenDatabase()
{
    db.reset();
    dbError.clear();
    auto opened = core::store::openUserDatabase(dbPath);
    if (!opened) {
        dbError = opened.error().describe();
        return false;
    }
    db.emplace(std::move(*opened));
    return true;
}

} // namespace archdesk::ui
