#include "core/study/fsrs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace archdesk::core::study {

namespace {

// JavaScript's Math.round: ties go toward +∞ (std::round sends −2.5 to −3, JS to −2).
inline double jsRound(double x)
{
    const double f = std::floor(x);
    return x - f >= 0.5 ? f + 1 : f;
}

// ts-fsrs rounds many intermediates to 8 decimals; reproducing it is what makes the port bit-exact.
inline double round8(double x) { return jsRound(x * 1e8) / 1e8; }

inline double clamp(double x, double lo, double hi) { return std::min(std::max(x, lo), hi); }

// ECMAScript ToUint32 of a finite double, kept as a double as Alea's arithmetic does.
inline double toUint32(double x)
{
    double m = std::fmod(std::trunc(x), 4294967296.0);
    if (m < 0)
        m += 4294967296.0;
    return m;
}

// Alea's Mash hash (Johannes Baagøe), as bundled in ts-fsrs; its state n carries over between calls.
class Mash
{
public:
    double operator()(const std::string& data)
    {
        for (const char ch : data) {
            m_n += static_cast<unsigned char>(ch);
            double h = 0.02519603282416938 * m_n;
            m_n = toUint32(h);
            h -= m_n;
            h *= m_n;
            m_n = toUint32(h);
            h -= m_n;
            m_n += h * 4294967296.0;
        }
        return toUint32(m_n) * 23283064365386963e-26;
    }

private:
    double m_n = 4022871197.0;
};

// How JavaScript's String(number) writes the seed's D·S product: the shortest round-trip digits in plain
// notation (exponent notation, used by JS below 1e-7 and above 1e21, cannot occur for D·S).
std::string jsNumberString(double x)
{
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
    return std::string(buffer, r.ptr);
}

std::int64_t minutesToMs(std::int64_t minutes) { return minutes * kMsPerMinute; }

} // namespace

const char* cardStateName(CardState state)
{
    switch (state) {
    case CardState::New: return "New";
    case CardState::Learning: return "Learning";
    case CardState::Review: return "Review";
    case CardState::Relearning: return "Relearning";
    }
    return "?";
}

FsrsScheduler::FsrsScheduler(FsrsParameters parameters) : m_p(std::move(parameters))
{
    const auto& w = m_p.w;
    m_decay = -w[20];
    m_factor = round8(std::exp((1 / m_decay) * std::log(0.9)) - 1);
    m_modifier = round8((std::pow(m_p.requestRetention, 1 / m_decay) - 1) / m_factor);
    m_expW8 = std::exp(w[8]);
    m_d0Easy = initialDifficultyRaw(Rating::Easy);
    m_shortTermCap = std::exp(w[17] * w[18]);
    for (int g = 1; g <= 4; ++g) {
        m_d0[static_cast<std::size_t>(g - 1)] = clamp(initialDifficultyRaw(static_cast<Rating>(g)), 1, 10);
        m_sinc[static_cast<std::size_t>(g - 1)] = std::exp(w[17] * (g - 3 + w[18]));
    }
}

double FsrsScheduler::forgettingCurve(double elapsedDays, double stability) const
{
    return round8(std::pow(1 + (m_factor * elapsedDays) / stability, m_decay));
}

double FsrsScheduler::initialStability(Rating rating) const
{
    return std::max(m_p.w[static_cast<std::size_t>(static_cast<int>(rating) - 1)], 0.1);
}

double FsrsScheduler::initialDifficultyRaw(Rating rating) const
{
    const int g = static_cast<int>(rating);
    return round8(m_p.w[4] - std::exp((g - 1) * m_p.w[5]) + 1);
}

double FsrsScheduler::initialDifficulty(Rating rating) const { return clamp(initialDifficultyRaw(rating), 1, 10); }

double FsrsScheduler::nextDifficulty(double d, Rating rating) const
{
    const auto& w = m_p.w;
    const double delta = -w[6] * (static_cast<int>(rating) - 3);
    const double damped = d + round8((delta * (10 - d)) / 9);
    return clamp(round8(w[7] * m_d0Easy + (1 - w[7]) * damped), 1, 10);
}

double FsrsScheduler::recallCommon(double d, double s, double r) const
{
    // The left-to-right product of ts-fsrs up to the rating's factors, so sharing it keeps every bit.
    return m_expW8 * (11 - d) * std::pow(s, -m_p.w[9]) * (std::exp((1 - r) * m_p.w[10]) - 1);
}

double FsrsScheduler::recallFromCommon(double s, double common, int g) const
{
    const double hardPenalty = g == 2 ? m_p.w[15] : 1;
    const double easyBonus = g == 4 ? m_p.w[16] : 1;
    return round8(clamp(s * (1 + common * hardPenalty * easyBonus), kMinStability, kMaxStability));
}

double FsrsScheduler::nextRecallStability(double d, double s, double r, Rating rating) const
{
    return recallFromCommon(s, recallCommon(d, s, r), static_cast<int>(rating));
}

double FsrsScheduler::nextForgetStability(double d, double s, double r) const
{
    const auto& w = m_p.w;
    const double sf = round8(clamp(w[11] * std::pow(d, -w[12]) * (std::pow(s + 1, w[13]) - 1) *
                                       std::exp((1 - r) * w[14]),
                                   kMinStability, kMaxStability));
    // Long-term mode counts w17·w18 as 0, so the cap is S itself.
    const double cap = m_p.enableShortTerm ? round8(s / m_shortTermCap) : round8(s);
    return std::min(std::max(cap, kMinStability), sf);
}

double FsrsScheduler::nextShortTermStability(double s, Rating rating) const
{
    const int g = static_cast<int>(rating);
    double sinc = std::pow(s, -m_p.w[19]) * m_sinc[static_cast<std::size_t>(g - 1)];
    if (g >= 2)
        sinc = std::max(sinc, 1.0);
    return round8(clamp(s * sinc, kMinStability, kMaxStability));
}

std::int64_t FsrsScheduler::nextInterval(double stability) const
{
    const double days = std::min(std::max(1.0, jsRound(stability * m_modifier)),
                                 static_cast<double>(m_p.maximumInterval));
    return static_cast<std::int64_t>(days);
}

double FsrsScheduler::aleaFirst(const std::string& seed)
{
    Mash mash;
    double s0 = mash(" ");
    double s1 = mash(" ");
    double s2 = mash(" ");
    s0 -= mash(seed);
    if (s0 < 0)
        s0 += 1;
    s1 -= mash(seed);
    if (s1 < 0)
        s1 += 1;
    s2 -= mash(seed);
    if (s2 < 0)
        s2 += 1;
    // The first draw only: next() = frac(2091639·s0 + c·2^-32) with c = 1.
    const double t = 2091639 * s0 + 1 * 23283064365386963e-26;
    return t - std::trunc(t);
}

std::int64_t FsrsScheduler::fuzzInterval(std::int64_t interval, std::int64_t elapsedDays, const std::string& seed) const
{
    if (interval < 2.5)
        return interval;
    const double u = aleaFirst(seed);
    const double ivl = static_cast<double>(interval);
    struct Range
    {
        double start, end, factor;
    };
    static constexpr Range kRanges[] = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, 1e300, 0.05}};
    double delta = 1;
    for (const auto& range : kRanges)
        delta += range.factor * std::max(std::min(ivl, range.end) - range.start, 0.0);
    const double capped = std::min(ivl, static_cast<double>(m_p.maximumInterval));
    double lo = std::max(2.0, jsRound(capped - delta));
    const double hi = std::min(jsRound(capped + delta), static_cast<double>(m_p.maximumInterval));
    if (capped > static_cast<double>(elapsedDays))
        lo = std::max(lo, static_cast<double>(elapsedDays) + 1);
    lo = std::min(lo, hi);
    return static_cast<std::int64_t>(std::floor(u * (hi - lo + 1) + lo));
}

std::int64_t FsrsScheduler::interval(double s, std::int64_t t, const std::string* seed) const
{
    const std::int64_t ivl = nextInterval(s);
    return seed ? fuzzInterval(ivl, t, *seed) : ivl;
}

FsrsScheduler::Memory FsrsScheduler::nextMemory(const MemoryState& card, std::int64_t t, int g) const
{
    const auto rating = static_cast<Rating>(g);
    if (card.state == CardState::New)
        return {initialStability(rating), m_d0[static_cast<std::size_t>(g - 1)]};
    const double d = nextDifficulty(card.difficulty, rating);
    if (t == 0 && m_p.enableShortTerm)
        return {nextShortTermStability(card.stability, rating), d};
    const double r = forgettingCurve(static_cast<double>(t), card.stability);
    if (g == 1)
        return {nextForgetStability(card.difficulty, card.stability, r), d};
    return {nextRecallStability(card.difficulty, card.stability, r, rating), d};
}

MemoryState FsrsScheduler::review(const MemoryState& card, Rating rating, EpochMs now) const
{
    const int g = std::clamp(static_cast<int>(rating), 1, 4);
    std::int64_t t = 0;
    if (card.state != CardState::New && card.lastReview)
        t = std::max<std::int64_t>(0, utcDaysBetween(*card.lastReview, now));

    MemoryState next = card;
    next.reps = card.reps + 1;
    next.lastReview = now;
    next.elapsedDays = t;

    std::string seedText;
    const std::string* seed = nullptr;
    if (m_p.enableFuzz) {
        seedText = fmt::format("{}_{}_{}", now, card.reps + 1, jsNumberString(card.difficulty * card.stability));
        seed = &seedText;
    }

    const auto toReview = [&](std::int64_t days) {
        next.state = CardState::Review;
        next.learningSteps = 0;
        next.scheduledDays = days;
        next.due = now + days * kMsPerDay;
    };

    if (!m_p.enableShortTerm) {
        // LongTermScheduler: every answer goes to Review, with the four intervals kept in order.
        std::array<Memory, 4> cand{};
        std::array<std::int64_t, 4> iv{};
        for (int i = 0; i < 4; ++i) {
            cand[static_cast<std::size_t>(i)] = nextMemory(card, t, i + 1);
            iv[static_cast<std::size_t>(i)] = interval(cand[static_cast<std::size_t>(i)].s, t, seed);
        }
        iv[0] = std::min(iv[0], iv[1]);
        iv[1] = std::max(iv[1], iv[0] + 1);
        iv[2] = std::max(iv[2], iv[1] + 1);
        iv[3] = std::max(iv[3], iv[2] + 1);
        const auto& m = cand[static_cast<std::size_t>(g - 1)];
        next.stability = m.s;
        next.difficulty = m.d;
        if (g == 1 && card.state != CardState::New)
            ++next.lapses;
        toReview(iv[static_cast<std::size_t>(g - 1)]);
        applyExamDate(next, now);
        return next;
    }

    if (card.state == CardState::Review) {
        if (g == 1) {
            const Memory m = nextMemory(card, t, 1);
            next.stability = m.s;
            next.difficulty = m.d;
            ++next.lapses;
            if (m_p.relearningSteps.empty()) {
                toReview(interval(m.s, t, seed));
            } else if (const std::int64_t minutes = m_p.relearningSteps.front(); minutes < 1440) {
                next.state = CardState::Relearning;
                next.learningSteps = 0;
                next.scheduledDays = 0;
                next.due = now + minutesToMs(minutes);
            } else {
                toReview(minutes / 1440);
                next.due = now + minutesToMs(minutes);
            }
            applyExamDate(next, now);
            return next;
        }
        // Hard, Good and Easy share R and the old D; their intervals are put in order before choosing.
        std::array<double, 3> cand{};
        if (t == 0) {
            for (int i = 0; i < 3; ++i)
                cand[static_cast<std::size_t>(i)] = nextShortTermStability(card.stability, static_cast<Rating>(i + 2));
        } else {
            const double r = forgettingCurve(static_cast<double>(t), card.stability);
            const double common = recallCommon(card.difficulty, card.stability, r);
            for (int i = 0; i < 3; ++i)
                cand[static_cast<std::size_t>(i)] = recallFromCommon(card.stability, common, i + 2);
        }
        std::int64_t h = interval(cand[0], t, seed);
        std::int64_t gd = interval(cand[1], t, seed);
        std::int64_t e = interval(cand[2], t, seed);
        h = std::min(h, gd);
        gd = std::max(gd, h + 1);
        e = std::max(e, gd + 1);
        next.stability = cand[static_cast<std::size_t>(g - 2)];
        next.difficulty = nextDifficulty(card.difficulty, static_cast<Rating>(g));
        toReview(g == 2 ? h : g == 3 ? gd : e);
        applyExamDate(next, now);
        return next;
    }

    // New, Learning, Relearning: (re)learning steps.
    const Memory m = nextMemory(card, t, g);
    next.stability = m.s;
    next.difficulty = m.d;
    const auto& steps = card.state == CardState::Relearning ? m_p.relearningSteps : m_p.learningSteps;
    const auto cur = static_cast<std::size_t>(std::max(card.learningSteps, 0));
    std::optional<std::int64_t> minutes;
    int nextStep = 0;
    if (!steps.empty() && cur < steps.size()) {
        if (g == 1) {
            minutes = steps[0];
            nextStep = 0;
        } else if (g == 2) {
            minutes = steps.size() == 1 ? static_cast<std::int64_t>(jsRound(1.5 * static_cast<double>(steps[0])))
                                        : static_cast<std::int64_t>(
                                              jsRound(static_cast<double>(steps[0] + steps[1]) / 2));
            nextStep = static_cast<int>(cur);
        } else if (g == 3 && cur + 1 < steps.size()) {
            minutes = steps[cur + 1];
            nextStep = static_cast<int>(cur + 1);
        }
    }
    if (minutes && *minutes > 0 && *minutes < 1440) {
        next.state = card.state == CardState::New ? CardState::Learning : card.state;
        next.learningSteps = nextStep;
        next.scheduledDays = 0;
        next.due = now + minutesToMs(*minutes);
    } else if (minutes && *minutes >= 1440) {
        toReview(*minutes / 1440);
        next.due = now + minutesToMs(*minutes);
    } else {
        toReview(interval(m.s, t, seed));
    }
    applyExamDate(next, now);
    return next;
}

void FsrsScheduler::applyExamDate(MemoryState& next, EpochMs now) const
{
    if (!m_p.examDate || next.state != CardState::Review)
        return;
    const EpochMs windowStart = *m_p.examDate - 7 * kMsPerDay;
    // Already in the last week, or the interval ends before the exam: the card is seen in time.
    if (now >= windowStart || next.due < *m_p.examDate)
        return;
    const std::int64_t days = std::max<std::int64_t>(1, (windowStart - now + kMsPerDay - 1) / kMsPerDay);
    if (days < next.scheduledDays) {
        next.scheduledDays = days;
        next.due = now + days * kMsPerDay;
    }
}

std::array<MemoryState, 4> FsrsScheduler::preview(const MemoryState& card, EpochMs now) const
{
    return {review(card, Rating::Again, now), review(card, Rating::Hard, now), review(card, Rating::Good, now),
            review(card, Rating::Easy, now)};
}

double FsrsScheduler::retrievability(const MemoryState& card, EpochMs now) const
{
    if (card.state == CardState::New || !card.lastReview || card.stability <= 0)
        return 0;
    const std::int64_t t = std::max<std::int64_t>(0, utcDaysBetween(*card.lastReview, now));
    return forgettingCurve(static_cast<double>(t), card.stability);
}

} // namespace archdesk::core::study
