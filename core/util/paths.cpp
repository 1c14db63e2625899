#include "core/util/paths.h"

#include <cstdlib>
#include <filesystem>

namespace archdesk::core {

namespace fs = std::filesystem;

std::string executableDir()
{
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

std::string findDataDir(const std::string& explicitDir)
{
    if (!explicitDir.empty())
        return explicitDir;
    if (const char* env = std::getenv("ARCHDESK_DATA"); env && *env)
        return env;
    const auto hasManifest = [](const fs::path& dir) {
        std::error_code ec;
        return fs::exists(dir / "manifest.json", ec);
    };
    if (const std::string exe = executableDir(); !exe.empty()) {
        for (const fs::path& candidate : {fs::path(exe) / ".." / "share" / "archdesk" / "data", fs::path(exe) / "data"})
            if (hasManifest(candidate))
                return fs::weakly_canonical(candidate).string();
    }
#ifdef ARCHDESK_SOURCE_DATA_DIR
    if (hasManifest(ARCHDESK_SOURCE_DATA_DIR))
        return ARCHDESK_SOURCE_DATA_DIR;
#endif
    return "data";
}

std::string defaultCliDatabasePath()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = ".";
    return (base / "archdesk" / "archdesk.db").string();
}

} // namespace archdesk::core
