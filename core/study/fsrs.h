#pragma once
// FsrsScheduler: the FSRS-6 spaced-repetition scheduler, bit-compatible with ts-fsrs 5.4.2 (reference/fsrs.md).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/time.h"

namespace archdesk::core::study {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

// "New", "Learning", "Review", "Relearning" (the names the CLI and ts-fsrs print).
const char* cardStateName(CardState state);

// A card's scheduling state after its latest review (a never-reviewed card is the default value).
struct MemoryState
{
    CardState state = CardState::New;
    EpochMs due = 0;
    double stability = 0;
    double difficulty = 0;
    std::int64_t elapsedDays = 0;   // UTC calendar days between the two latest reviews
    std::int64_t scheduledDays = 0; // interval given by the latest review; 0 during a (re)learning step
    int learningSteps = 0;          // index of the current (re)learning step
    int reps = 0;
    int lapses = 0;
    std::optional<EpochMs> lastReview;
};

inline constexpr std::array<double, 21> kFsrsDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

// The defaults are those of design.md §3 and ts-fsrs 5.4.2.
struct FsrsParameters
{
    std::array<double, 21> w = kFsrsDefaultWeights;
    double requestRetention = 0.9;
    std::int64_t maximumInterval = 36500; // days
    bool enableFuzz = false;
    bool enableShortTerm = true;
    std::vector<std::int64_t> learningSteps = {1, 10}; // minutes
    std::vector<std::int64_t> relearningSteps = {10};  // minutes
    // Exam-date mode: a review interval that would end after the exam is shortened so that the card
    // comes due again in the last week before it (the exam's instant, UTC).
    std::optional<EpochMs> examDate;
};

class FsrsScheduler
{
public:
    static constexpr double kMinStability = 0.001;
    static constexpr double kMaxStability = 36500;

    explicit FsrsScheduler(FsrsParameters parameters = {});

    const FsrsParameters& parameters() const { return m_p; }

    // The card after being rated at `now`; reps, lapses, state, steps, due and memory as ts-fsrs's f.next().
    MemoryState review(const MemoryState& card, Rating rating, EpochMs now) const;
    // What each rating (Again..Easy, index 0..3) would give; for the answer buttons.
    std::array<MemoryState, 4> preview(const MemoryState& card, EpochMs now) const;

    // Probability of recall at `now` (0 for a New card), from the UTC days since the latest review.
    double retrievability(const MemoryState& card, EpochMs now) const;

    // The building blocks, public so that tests can check them against hand-computed values.
    double decay() const { return m_decay; }
    double factor() const { return m_factor; }
    double intervalModifier() const { return m_modifier; }
    double forgettingCurve(double elapsedDays, double stability) const;
    double initialStability(Rating rating) const;
    double initialDifficultyRaw(Rating rating) const; // rounded to 8 decimals, not clamped
    double initialDifficulty(Rating rating) const;    // clamped to [1, 10]
    double nextDifficulty(double difficulty, Rating rating) const;
    double nextRecallStability(double difficulty, double stability, double r, Rating rating) const;
    double nextForgetStability(double difficulty, double stability, double r) const;
    double nextShortTermStability(double stability, Rating rating) const;
    // Whole days for a stability, before fuzz: min(max(1, round(S·modifier)), maximum_interval).
    std::int64_t nextInterval(double stability) const;

    // ts-fsrs's fuzz of a whole-day interval with its seed string (Alea PRNG), exposed for tests.
    static double aleaFirst(const std::string& seed);
    std::int64_t fuzzInterval(std::int64_t interval, std::int64_t elapsedDays, const std::string& seed) const;

private:
    struct Memory
    {
        double s;
        double d;
    };
    Memory nextMemory(const MemoryState& card, std::int64_t t, int g) const;
    double recallCommon(double d, double s, double r) const;
    double recallFromCommon(double s, double common, int g) const;
    std::int64_t interval(double s, std::int64_t t, const std::string* seed) const;
    void applyExamDate(MemoryState& next, EpochMs now) const;

    FsrsParameters m_p;
    double m_decay;
    double m_factor;
    double m_modifier;
    double m_expW8;
    double m_d0Easy;        // unclamped D0(Easy): the mean-reversion target
    double m_shortTermCap;  // e^(w17·w18)
    std::array<double, 4> m_d0; // clamped D0 per rating
    std::array<double, 4> m_sinc; // e^(w17·(G−3+w18)) per rating
};

} // namespace archdesk::core::study
