#pragma once
// Where the bundled data and the user's database live, for both executables.

#include <string>

namespace archdesk::core {

// The folder of the running executable (from /proc/self/exe), or empty.
std::string executableDir();

// The bundled data folder: explicit if given, else $ARCHDESK_DATA, else <exe>/../share/archdesk/data
// (installed), else the source tree's data/ (build tree). Returns the first that has manifest.json.
std::string findDataDir(const std::string& explicitDir = {});

// $XDG_DATA_HOME/archdesk/archdesk.db, or ~/.local/share/archdesk/archdesk.db.
std::string defaultCliDatabasePath();

} // namespace archdesk::core
