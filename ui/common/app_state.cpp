#include "ui/common/app_state.h"

#include "core/store/migrations.h"

namespace archdesk::ui {

AppState AppState::load(const std::string& dataDir, const std::string& dbPath)
{
    AppState state;
    state.dataDir = dataDir;
    state.content = core::content::loadContent(dataDir);
    state.dbPath = dbPath;
    auto db = core::store::openUserDatabase(dbPath);
    if (db)
        state.db.emplace(std::move(*db));
    else
        state.dbError = db.error().describe();
    return state;
}

} // namespace archdesk::ui
