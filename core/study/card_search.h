#pragma once
// CardQuery: the card browser's search syntax, parsed once and matched against many cards.
//
//   free text        words match the front or back (case-insensitive); "quoted phrases" stay together
//   tag:T            the card has tag T              domain:D   a domain id (c02-d1) or blueprint:domain
//   service:S        the card names service S         is:new|learn|review|suspended|buried|due|edited|user
//   prop:s>30        stability compare (>, >=, <, <=, =, !=)   prop:d<5 difficulty   prop:reps>=3  prop:lapses>0
//   -term            negates any term
// Terms are combined with AND; values of tag:/domain:/service: may end with * for a prefix.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/study/card.h"
#include "core/study/fsrs.h"
#include "core/util/result.h"

namespace archdesk::core::study {

// Everything a search can look at for one card.
struct CardView
{
    const Card* card = nullptr;
    const MemoryState* memory = nullptr; // nullptr = never reviewed (New)
    bool suspended = false;
    bool buried = false;   // buried until a time after now
    bool bundled = true;   // comes from data/cards
    bool edited = false;   // the user's version of a bundled card
};

class CardQuery
{
public:
    struct Term
    {
        enum class Kind { Text, Tag, Domain, Service, Is, Prop };
        Kind kind = Kind::Text;
        bool negated = false;
        std::string value; // lower-cased text / tag / domain / service / is-value / prop name
        std::string op;    // for Prop
        double number = 0; // for Prop
    };

    // An empty query matches every card. Errors name the offending term and what was expected.
    static Result<CardQuery> parse(const std::string& text);

    bool matches(const CardView& view, EpochMs now) const;
    const std::vector<Term>& terms() const { return m_terms; }

private:
    std::vector<Term> m_terms;
};

} // namespace archdesk::core::study
