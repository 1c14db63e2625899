#pragma once
// JsonStreamParser: a streaming JSON parser that feeds nlohmann::json's SAX interface from chunks of
// input, several times faster than nlohmann's own lexer on large files. Same events, same grammar.

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace archdesk::core {

// Why it exists: nlohmann's lexer copies every byte it reads (token string and string buffer) and takes
// ~4 s on a 450 MB regional offer file; this parser scans runs of plain bytes and copies them in bulk.
// It accepts exactly RFC 8259 JSON as nlohmann does (UTF-8 checked byte by byte, \u escapes with
// surrogate pairs, a leading UTF-8 byte order mark skipped, one value and nothing after it) and calls the
// handler with the same events in the same order: start_object/start_array with size -1, key, string,
// number_unsigned / number_integer (when the integer fits) else number_float with its text, boolean,
// null, end_object/end_array. Also like nlohmann, a NUL byte after the value ends the input. A syntax error calls parse_error once with the byte offset of the
// offending byte plus one (nlohmann's convention: the bytes read, the offending one included).
class JsonStreamParser
{
public:
    // Returns the next chunk of input; an empty view ends the input. A chunk stays valid until the next call.
    using NextChunk = std::function<std::string_view()>;

    explicit JsonStreamParser(NextChunk next);

    // Parses one JSON value. False when the input is invalid (parse_error was called) or the handler
    // returned false from an event.
    bool parse(nlohmann::json::json_sax_t& sax);

    // Offset of the next byte the parser will read.
    std::uint64_t position() const { return m_base + static_cast<std::uint64_t>(m_p - m_begin); }

private:
    bool refill();
    int peekAfterWhitespace();
    int next();
    // Offset of the byte next() returned last, or of the end of the input when it returned -1.
    std::uint64_t lastOffset() const { return m_last < 0 ? position() : position() - 1; }
    bool readString();
    bool readEscape();
    bool readUtf8(unsigned char lead);
    int readHex4();
    bool lexNumber(int first);
    bool readNumber(int first);
    bool readLiteral(const char* word, std::size_t length);
    bool fail(std::uint64_t offset, const std::string& what);
    bool failUnexpected(int c, const char* expected);

    NextChunk m_next;
    nlohmann::json::json_sax_t* m_sax = nullptr;
    const char* m_begin = nullptr;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
    std::uint64_t m_base = 0; // offset of m_begin in the input
    bool m_eof = false;
    int m_last = 0; // what next() returned last
    std::string m_string;
    std::string m_number;
    bool m_integer = false; // m_number has no fraction and no exponent
    std::vector<char> m_stack; // '{' or '[' per open container
};

} // namespace archdesk::core
