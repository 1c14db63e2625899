// Fuzzes the streaming JSON parser against nlohmann's SAX parser on the same bytes: the same events, the
// same accept/reject and the error at the same byte, whatever the chunk size (taken from the first byte).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/json_stream_parser.h"

namespace {

using json = nlohmann::json;

class Recorder final : public json::json_sax_t
{
public:
    std::vector<std::string> events;
    std::size_t errorAt = 0;

    bool null() override { return add("n"); }
    bool boolean(bool v) override { return add(v ? "t" : "f"); }
    bool number_integer(number_integer_t v) override { return add("i" + std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add("u" + std::to_string(v)); }
    bool number_float(number_float_t v, const string_t& text) override
    {
        // Bit-exact: the same text must give the same double.
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof v);
        __builtin_memcpy(&bits, &v, sizeof bits);
        return add("d" + std::to_string(bits) + " " + text);
    }
    bool string(string_t& s) override { return add("s" + s); }
    bool binary(binary_t&) override { return add("b"); }
    bool start_object(std::size_t) override { return add("{"); }
    bool key(string_t& k) override { return add("k" + k); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t) override { return add("["); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override
    {
        errorAt = position;
        events.emplace_back("error");
        return false;
    }

private:
    bool add(std::string e)
    {
        events.push_back(std::move(e));
        return true;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t chunk = 1 + data[0] % 17;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

    Recorder reference;
    const bool referenceOk = json::sax_parse(text.begin(), text.end(), &reference,
                                             nlohmann::detail::input_format_t::json, true);
    Recorder streamed;
    std::size_t at = 0;
    archdesk::core::JsonStreamParser parser([&]() -> std::string_view {
        const std::size_t n = std::min(chunk, text.size() - at);
        const std::string_view piece = text.substr(at, n);
        at += n;
        return piece;
    });
    const bool streamedOk = parser.parse(streamed);
    if (streamedOk != referenceOk || streamed.events != reference.events || streamed.errorAt != reference.errorAt)
        __builtin_trap();
    return 0;
}
