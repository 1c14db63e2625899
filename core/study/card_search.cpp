#include "core/study/card_search.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>

namespace archdesk::core::study {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool containsFolded(const std::string& haystack, const std::string& loweredNeedle)
{
    if (loweredNeedle.empty())
        return true;
    const auto it = std::search(haystack.begin(), haystack.end(), loweredNeedle.begin(), loweredNeedle.end(),
                                [](char a, char b) {
                                    return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
                                });
    return it != haystack.end();
}

// "ec2*" matches "ec2" and "ec2-spot"; otherwise equality, case-insensitive.
bool valueMatches(const std::string& actual, const std::string& pattern)
{
    const std::string a = lower(actual);
    if (!pattern.empty() && pattern.back() == '*')
        return a.rfind(pattern.substr(0, pattern.size() - 1), 0) == 0;
    return a == pattern;
}

// Splits on blanks, keeping "quoted phrases" (and key:"quoted values") together.
Result<std::vector<std::string>> tokenize(const std::string& text)
{
    std::vector<std::string> tokens;
    std::string current;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && std::isspace(static_cast<unsigned char>(c))) {
            if (any)
                tokens.push_back(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (quoted)
        return invalidInput("a quotation mark is not closed; expected a closing \"");
    if (any)
        tokens.push_back(current);
    return tokens;
}

} // namespace

Result<CardQuery> CardQuery::parse(const std::string& text)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    CardQuery query;
    for (std::string token : *tokens) {
        Term term;
        if (token.size() > 1 && token.front() == '-') {
            term.negated = true;
            token.erase(0, 1);
        }
        const auto colon = token.find(':');
        const std::string key = colon == std::string::npos ? "" : lower(token.substr(0, colon));
        const std::string value = colon == std::string::npos ? "" : token.substr(colon + 1);
        if (key == "tag" || key == "domain" || key == "service") {
            if (value.empty())
                return invalidInput(fmt::format("\"{}\" needs a value, e.g. {}:ec2", token, key));
            term.kind = key == "tag" ? Term::Kind::Tag : key == "domain" ? Term::Kind::Domain : Term::Kind::Service;
            term.value = lower(value);
        } else if (key == "is") {
            static const char* kAllowed[] = {"new", "learn", "review", "suspended", "buried", "due", "edited", "user"};
            term.kind = Term::Kind::Is;
            term.value = lower(value);
            if (std::none_of(std::begin(kAllowed), std::end(kAllowed), [&](const char* a) { return term.value == a; }))
                return invalidInput(fmt::format("\"{}\": unknown is: value; expected one of new, learn, review, "
                                                "suspended, buried, due, edited, user",
                                                token));
        } else if (key == "prop") {
            term.kind = Term::Kind::Prop;
            std::size_t opStart = 0;
            while (opStart < value.size() && std::isalpha(static_cast<unsigned char>(value[opStart])))
                ++opStart;
            std::size_t opEnd = opStart;
            while (opEnd < value.size() && std::string_view("<>=!").find(value[opEnd]) != std::string_view::npos)
                ++opEnd;
            term.value = lower(value.substr(0, opStart));
            term.op = value.substr(opStart, opEnd - opStart);
            const std::string number = value.substr(opEnd);
            static const char* kProps[] = {"s", "d", "reps", "lapses", "r", "ivl"};
            static const char* kOps[] = {"<", "<=", ">", ">=", "=", "!="};
            if (std::none_of(std::begin(kProps), std::end(kProps), [&](const char* p) { return term.value == p; }))
                return invalidInput(fmt::format("\"{}\": unknown property \"{}\"; expected s (stability), d "
                                                "(difficulty), r, ivl, reps or lapses",
                                                token, term.value));
            if (std::none_of(std::begin(kOps), std::end(kOps), [&](const char* o) { return term.op == o; }))
                return invalidInput(fmt::format("\"{}\": expected a comparison <, <=, >, >=, = or != after {}", token,
                                                term.value));
            const auto r = std::from_chars(number.data(), number.data() + number.size(), term.number);
            if (number.empty() || r.ec != std::errc() || r.ptr != number.data() + number.size())
                return invalidInput(fmt::format("\"{}\": expected a number after {}{}", token, term.value, term.op));
        } else {
            term.kind = Term::Kind::Text;
            term.value = lower(token);
        }
        query.m_terms.push_back(std::move(term));
    }
    return query;
}

bool CardQuery::matches(const CardView& view, EpochMs now) const
{
    const Card& card = *view.card;
    const MemoryState none{};
    const MemoryState& m = view.memory ? *view.memory : none;
    for (const Term& t : m_terms) {
        bool hit = false;
        switch (t.kind) {
        case Term::Kind::Text:
            hit = containsFolded(card.front, t.value) || containsFolded(card.back, t.value) ||
                  containsFolded(card.id, t.value);
            break;
        case Term::Kind::Tag:
            hit = std::any_of(card.tags.begin(), card.tags.end(), [&](const auto& x) { return valueMatches(x, t.value); });
            break;
        case Term::Kind::Service:
            hit = std::any_of(card.services.begin(), card.services.end(),
                              [&](const auto& x) { return valueMatches(x, t.value); });
            break;
        case Term::Kind::Domain:
            hit = std::any_of(card.domains.begin(), card.domains.end(), [&](const auto& bd) {
                return valueMatches(bd.second, t.value) || valueMatches(bd.first + ":" + bd.second, t.value) ||
                       valueMatches(bd.first, t.value);
            });
            break;
        case Term::Kind::Is:
            if (t.value == "new")
                hit = m.state == CardState::New;
            else if (t.value == "learn")
                hit = m.state == CardState::Learning || m.state == CardState::Relearning;
            else if (t.value == "review")
                hit = m.state == CardState::Review;
            else if (t.value == "suspended")
                hit = view.suspended;
            else if (t.value == "buried")
                hit = view.buried;
            else if (t.value == "due")
                hit = m.state != CardState::New && !view.suspended && !view.buried &&
                      m.due < utcMidnight(now) + kMsPerDay;
            else if (t.value == "edited")
                hit = view.edited;
            else if (t.value == "user")
                hit = !view.bundled;
            break;
        case Term::Kind::Prop: {
            if (m.state == CardState::New && t.value != "reps" && t.value != "lapses")
                break; // a New card has no memory yet: no property comparison holds
            double x = 0;
            if (t.value == "s")
                x = m.stability;
            else if (t.value == "d")
                x = m.difficulty;
            else if (t.value == "reps")
                x = m.reps;
            else if (t.value == "lapses")
                x = m.lapses;
            else if (t.value == "ivl")
                x = static_cast<double>(m.scheduledDays);
            else if (t.value == "r")
                {
                static const FsrsScheduler kDefaultScheduler;
                x = kDefaultScheduler.retrievability(m, now);
            }
            hit = t.op == "<"    ? x < t.number
                  : t.op == "<=" ? x <= t.number
                  : t.op == ">"  ? x > t.number
                  : t.op == ">=" ? x >= t.number
                  : t.op == "="  ? x == t.number
                                 : x != t.number;
            break;
        }
        }
        if (hit == t.negated)
            return false;
    }
    return true;
}

} // namespace archdesk::core::study
