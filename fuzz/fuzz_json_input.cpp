// Fuzzes the JSON reader every input file goes through: any bytes give a value or a located error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/util/json_file.h"
#include "core/util/time.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = archdesk::core::parseJson(text, "fuzz.json");
    if (!parsed && parsed.error().location.rfind("fuzz.json", 0) != 0)
        __builtin_trap(); // every syntax error must be located
    (void)archdesk::core::parseIso8601(text);
    return 0;
}
