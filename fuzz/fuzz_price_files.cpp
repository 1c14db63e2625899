// Fuzzes the price-file readers: the same bytes as an offer file (JSON, streamed through SAX), as the CSV
// offer file, and as ec2instances.info's instances.json. Any bytes: prices or an error, never a crash.
#include "core/catalog/price_import.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto noProgress = [](std::uint64_t, std::uint64_t) { return true; };
    for (const char* extension : {".json", ".csv"}) {
        const std::string path = writeFuzzInput(data, size, extension);
        auto parsed = archdesk::core::catalog::readPriceFile(path, noProgress);
        if (!parsed && parsed.error().describe().empty())
            __builtin_trap();
    }
    return 0;
}
