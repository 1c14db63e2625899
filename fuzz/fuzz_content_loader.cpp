// Fuzzes the content loader with one questions file and one cards file beside the real blueprints.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/content/content.h"

namespace fs = std::filesystem;

namespace {

const fs::path& dataDir()
{
    static const fs::path dir = [] {
        const fs::path d = fs::temp_directory_path() / ("archdesk-fuzz-content-" + std::to_string(getpid()));
        fs::create_directories(d / "questions");
        fs::create_directories(d / "cards");
        fs::copy(fs::path(ARCHDESK_SOURCE_DIR) / "data" / "blueprints", d / "blueprints",
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        fs::copy_file(fs::path(ARCHDESK_SOURCE_DIR) / "data" / "manifest.json", d / "manifest.json",
                      fs::copy_options::overwrite_existing);
        return d;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fs::path& dir = dataDir();
    const std::string text(reinterpret_cast<const char*>(data), size);
    // The same bytes as a questions file and as a cards file.
    std::ofstream(dir / "questions" / "fuzz.json", std::ios::binary | std::ios::trunc) << text;
    std::ofstream(dir / "cards" / "fuzz.json", std::ios::binary | std::ios::trunc) << text;
    const auto report = archdesk::core::content::loadContent(dir.string());
    for (const auto& problem : report.problems)
        if (problem.describe().empty())
            __builtin_trap();
    return 0;
}
