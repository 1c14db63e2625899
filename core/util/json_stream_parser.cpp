#include "core/util/json_stream_parser.h"

#include <array>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <locale.h>

namespace archdesk::core {

namespace {

using json = nlohmann::json;

// Bytes a string can hold as they are: printable ASCII except the quote and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c)
        t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return t;
}();

constexpr bool isSpace(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

std::string describe(int c)
{
    if (c < 0)
        return "end of input";
    if (c >= 0x20 && c < 0x7f)
        return fmt::format("'{}'", static_cast<char>(c));
    return fmt::format("byte 0x{:02X}", c);
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// strtod in the "C" locale: the process locale (set by Qt from the environment) may use a decimal comma.
double strtodC(const char* text)
{
    static const locale_t c = newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(nullptr));
    return strtod_l(text, nullptr, c);
}

} // namespace

JsonStreamParser::JsonStreamParser(NextChunk next) : m_next(std::move(next)) {}

bool JsonStreamParser::refill()
{
    if (m_eof)
        return false;
    m_base += static_cast<std::uint64_t>(m_end - m_begin);
    const std::string_view chunk = m_next();
    if (chunk.empty()) {
        m_eof = true;
        m_begin = m_p = m_end;
        return false;
    }
    m_begin = m_p = chunk.data();
    m_end = chunk.data() + chunk.size();
    return true;
}

int JsonStreamParser::next()
{
    if (m_p == m_end && !refill())
        return m_last = -1;
    return m_last = static_cast<unsigned char>(*m_p++);
}

// The next significant byte, not consumed; -1 at the end of the input.
int JsonStreamParser::peekAfterWhitespace()
{
    for (;;) {
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (!isSpace(c))
                return c;
            ++m_p;
        }
        if (!refill())
            return -1;
    }
}

bool JsonStreamParser::fail(std::uint64_t offset, const std::string& what)
{
    const auto e = json::parse_error::create(101, offset + 1, what, nullptr);
    m_sax->parse_error(offset + 1, std::string(), e);
    return false;
}

bool JsonStreamParser::failUnexpected(int c, const char* expected)
{
    // Like nlohmann, read the whole unexpected token first (it may itself be malformed) and report the error
    // at its last byte.
    const char* what = "end of input";
    bool token = true;
    if (c == '"') {
        ++m_p;
        token = readString();
        what = "string literal";
    } else if (c == 't' || c == 'f' || c == 'n') {
        token = c == 't' ? readLiteral("true", 4) : c == 'f' ? readLiteral("false", 5) : readLiteral("null", 4);
        what = "literal";
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        token = lexNumber(c);
        what = "number literal";
    } else if (c >= 0) {
        ++m_p;
    }
    if (!token)
        return false;
    const std::string found = c == '"' || c == '-' || c == 't' || c == 'f' || c == 'n' || (c >= '0' && c <= '9')
                                  ? std::string(what)
                                  : describe(c);
    return fail(c < 0 ? position() : position() - 1,
                fmt::format("syntax error - unexpected {}; expected {}", found, expected));
}

bool JsonStreamParser::parse(json::json_sax_t& sax)
{
    m_sax = &sax;
    m_stack.clear();
    // A UTF-8 byte order mark may precede the value; any other use of 0xEF there is an error.
    if (m_p == m_end)
        refill();
    if (m_p != m_end && static_cast<unsigned char>(*m_p) == 0xEF) {
        const auto expect = [this](int want) {
            const int c = next();
            return c == want || fail(lastOffset(), "invalid BOM; must be 0xEF 0xBB 0xBF if given");
        };
        next();
        if (!expect(0xBB) || !expect(0xBF))
            return false;
    }

    constexpr auto npos = static_cast<std::size_t>(-1);
    int c = peekAfterWhitespace();
    for (;;) {
        // A value starts at c.
        bool closed = false; // a scalar or an empty container was read: look for what follows it
        switch (c) {
        case '{':
            ++m_p;
            if (!sax.start_object(npos))
                return false;
            c = peekAfterWhitespace();
            if (c == '}') {
                ++m_p;
                if (!sax.end_object())
                    return false;
                closed = true;
                break;
            }
            m_stack.push_back('{');
            break;
        case '[':
            ++m_p;
            if (!sax.start_array(npos))
                return false;
            c = peekAfterWhitespace();
            if (c == ']') {
                ++m_p;
                if (!sax.end_array())
                    return false;
                closed = true;
                break;
            }
            m_stack.push_back('[');
            continue; // c starts the first element
        case '"':
            ++m_p;
            if (!readString() || !sax.string(m_string))
                return false;
            closed = true;
            break;
        case 't':
            if (!readLiteral("true", 4) || !sax.boolean(true))
                return false;
            closed = true;
            break;
        case 'f':
            if (!readLiteral("false", 5) || !sax.boolean(false))
                return false;
            closed = true;
            break;
        case 'n':
            if (!readLiteral("null", 4) || !sax.null())
                return false;
            closed = true;
            break;
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            if (!readNumber(c))
                return false;
            closed = true;
            break;
        default:
            return failUnexpected(c, "'[', '{', or a literal");
        }

        if (!closed) {
            // Just opened an object: a key must follow.
            if (c != '"')
                return failUnexpected(c, "string literal (an object key)");
        } else {
            // After a value: a separator, a closing bracket (possibly several), or the end of the input.
            for (;;) {
                c = peekAfterWhitespace();
                if (m_stack.empty()) {
                    // nlohmann takes a NUL byte between tokens for the end of the input (what follows is not read).
                    if (c != -1 && c != 0)
                        return failUnexpected(c, "end of input");
                    return true;
                }
                if (m_stack.back() == '{') {
                    if (c == '}') {
                        ++m_p;
                        m_stack.pop_back();
                        if (!sax.end_object())
                            return false;
                        continue;
                    }
                    if (c != ',')
                        return failUnexpected(c, "'}' or ','");
                    ++m_p;
                    c = peekAfterWhitespace();
                    if (c != '"')
                        return failUnexpected(c, "string literal (an object key)");
                    break;
                }
                if (c == ']') {
                    ++m_p;
                    m_stack.pop_back();
                    if (!sax.end_array())
                        return false;
                    continue;
                }
                if (c != ',')
                    return failUnexpected(c, "']' or ','");
                ++m_p;
                c = peekAfterWhitespace();
                break;
            }
            if (m_stack.back() == '[')
                continue; // c starts the next element
        }

        // An object key starts at c ('"'), then a colon, then the value.
        ++m_p;
        if (!readString() || !sax.key(m_string))
            return false;
        c = peekAfterWhitespace();
        if (c != ':')
            return failUnexpected(c, "':'");
        ++m_p;
        c = peekAfterWhitespace();
    }
}

bool JsonStreamParser::readString()
{
    m_string.clear();
    for (;;) {
        const char* start = m_p;
        while (m_p != m_end && kPlain[static_cast<unsigned char>(*m_p)])
            ++m_p;
        m_string.append(start, static_cast<std::size_t>(m_p - start));
        if (m_p == m_end) {
            if (!refill())
                return fail(position(), "syntax error while parsing a string - unexpected end of input; expected '\"'");
            continue;
        }
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            ++m_p;
            if (!readEscape())
                return false;
            continue;
        }
        if (c < 0x20)
            return fail(position(), fmt::format("syntax error while parsing a string - control character U+{:04X} "
                                                "must be escaped",
                                                c));
        ++m_p;
        if (!readUtf8(c))
            return false;
    }
}

int JsonStreamParser::readHex4()
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = next();
        int d = 0;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

bool JsonStreamParser::readEscape()
{
    const int c = next();
    switch (c) {
    case '"': m_string += '"'; return true;
    case '\\': m_string += '\\'; return true;
    case '/': m_string += '/'; return true;
    case 'b': m_string += '\b'; return true;
    case 'f': m_string += '\f'; return true;
    case 'n': m_string += '\n'; return true;
    case 'r': m_string += '\r'; return true;
    case 't': m_string += '\t'; return true;
    case 'u': break;
    default:
        return fail(lastOffset(), "syntax error while parsing a string - invalid string: forbidden character after "
                                  "backslash");
    }
    const int hi = readHex4();
    if (hi < 0)
        return fail(lastOffset(), "syntax error while parsing a string - '\\u' must be followed by 4 hex digits");
    std::uint32_t cp = static_cast<std::uint32_t>(hi);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        // A high surrogate must be followed by an escaped low surrogate.
        if (next() != '\\' || next() != 'u')
            return fail(lastOffset(), "syntax error while parsing a string - surrogate U+D800..U+DBFF must be "
                                        "followed by U+DC00..U+DFFF");
        const int lo = readHex4();
        if (lo < 0)
            return fail(lastOffset(), "syntax error while parsing a string - '\\u' must be followed by 4 hex digits");
        if (lo < 0xDC00 || lo > 0xDFFF)
            return fail(lastOffset(), "syntax error while parsing a string - surrogate U+D800..U+DBFF must be "
                                        "followed by U+DC00..U+DFFF");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(lo) - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return fail(lastOffset(), "syntax error while parsing a string - surrogate U+DC00..U+DFFF must follow "
                                    "U+D800..U+DBFF");
    }
    appendUtf8(m_string, cp);
    return true;
}

// A multi-byte UTF-8 sequence whose lead byte was read; the ranges are RFC 3629's, as nlohmann checks them.
bool JsonStreamParser::readUtf8(unsigned char lead)
{
    int count = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the first continuation byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        count = 1;
    } else if (lead == 0xE0) {
        count = 2;
        lo = 0xA0;
    } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
        count = 2;
    } else if (lead == 0xED) {
        count = 2;
        hi = 0x9F;
    } else if (lead == 0xF0) {
        count = 3;
        lo = 0x90;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        count = 3;
    } else if (lead == 0xF4) {
        count = 3;
        hi = 0x8F;
    } else {
        return fail(position() - 1, "syntax error while parsing a string - invalid string: ill-formed UTF-8 byte");
    }
    m_string += static_cast<char>(lead);
    for (int i = 0; i < count; ++i) {
        const int c = next();
        if (c < lo || c > hi)
            return fail(lastOffset(),
                        "syntax error while parsing a string - invalid string: ill-formed UTF-8 byte");
        m_string += static_cast<char>(c);
        lo = 0x80;
        hi = 0xBF;
    }
    return true;
}

bool JsonStreamParser::readLiteral(const char* word, std::size_t length)
{
    if (static_cast<std::size_t>(m_end - m_p) >= length && std::memcmp(m_p, word, length) == 0) {
        m_p += length;
        return true;
    }
    for (std::size_t i = 0; i < length; ++i) {
        const std::uint64_t at = position();
        const int c = next();
        if (c != static_cast<unsigned char>(word[i]))
            return fail(at, fmt::format("syntax error while parsing value - invalid literal; expected '{}'", word));
    }
    return true;
}

bool JsonStreamParser::lexNumber(int first)
{
    // Grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, ending at the first byte that cannot continue it.
    m_number.clear();
    const auto peek = [this]() -> int {
        if (m_p == m_end && !refill())
            return -1;
        return static_cast<unsigned char>(*m_p);
    };
    const auto digit = [](int c) { return c >= '0' && c <= '9'; };
    const auto bad = [this](int c, const char* expected) {
        return fail(position(), fmt::format("syntax error while parsing value - invalid number; expected {}, got {}",
                                            expected, describe(c)));
    };
    bool integer = true;
    int c = first;
    if (c == '-') {
        m_number += static_cast<char>(next());
        c = peek();
        if (!digit(c))
            return bad(c, "digit after '-'");
    }
    if (c == '0') {
        m_number += static_cast<char>(next());
        c = peek();
    } else {
        while (digit(c)) {
            m_number += static_cast<char>(next());
            c = peek();
        }
    }
    if (c == '.') {
        integer = false;
        m_number += static_cast<char>(next());
        c = peek();
        if (!digit(c))
            return bad(c, "digit after '.'");
        while (digit(c)) {
            m_number += static_cast<char>(next());
            c = peek();
        }
    }
    if (c == 'e' || c == 'E') {
        integer = false;
        m_number += static_cast<char>(next());
        c = peek();
        if (c == '+' || c == '-') {
            m_number += static_cast<char>(next());
            c = peek();
        }
        if (!digit(c))
            return bad(c, "digit after exponent");
        while (digit(c)) {
            m_number += static_cast<char>(next());
            c = peek();
        }
    }
    m_integer = integer;
    return true;
}

bool JsonStreamParser::readNumber(int first)
{
    if (!lexNumber(first))
        return false;
    const bool integer = m_integer;
    const char* b = m_number.data();
    const char* e = b + m_number.size();
    if (integer) {
        // As nlohmann: unsigned when it fits, signed when negative and it fits, otherwise a double.
        if (*b == '-') {
            std::int64_t v = 0;
            if (const auto r = std::from_chars(b, e, v); r.ec == std::errc() && r.ptr == e)
                return m_sax->number_integer(v);
        } else {
            std::uint64_t v = 0;
            if (const auto r = std::from_chars(b, e, v); r.ec == std::errc() && r.ptr == e)
                return m_sax->number_unsigned(v);
        }
    }
    double v = 0;
    const auto r = std::from_chars(b, e, v);
    if (r.ec == std::errc::result_out_of_range)
        v = strtodC(m_number.c_str()); // underflow gives ±0 as strtod does; overflow gives ±inf
    if (!std::isfinite(v)) {
        const auto ex = json::out_of_range::create(406, fmt::format("number overflow parsing '{}'", m_number), nullptr);
        m_sax->parse_error(position(), m_number, ex);
        return false;
    }
    return m_sax->number_float(v, m_number);
}

} // namespace archdesk::core
