#pragma once
// DemandBand: an alarm line turned into a range of demand. While the group stands still the metric is a
// function of demand alone that never falls as demand rises (LoadModel::metric), so "the metric is above
// the line" is "the demand is at least some value". Found once per stretch, that value lets a datapoint be
// checked against the demand curve itself, with no metric worked out at all. The value is exact: it is the
// first float (demands are floats) at which the very comparison the alarm makes comes out true.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#if defined(__SSE2__)
#include <xmmintrin.h>
#endif

namespace archdesk::core::scaling {

// The datapoint breaches when lo ≤ demand < hi.
struct DemandBand
{
    float lo = -std::numeric_limits<float>::infinity();
    float hi = std::numeric_limits<float>::infinity();

    bool holds(float demand) const { return demand >= lo && demand < hi; }
};

namespace demand_order {

// Floats in numeric order as integers: -FLT_MAX … -0/+0 … FLT_MAX ↦ -0x7F7FFFFF … 0 … 0x7F7FFFFF, with
// ±0x7F800000 for ±infinity.
inline std::int64_t keyOf(float f)
{
    const auto u = std::bit_cast<std::uint32_t>(f);
    return u & 0x80000000u ? -std::int64_t{u & 0x7FFFFFFFu} : std::int64_t{u};
}

inline float floatOf(std::int64_t key)
{
    return key >= 0 ? std::bit_cast<float>(static_cast<std::uint32_t>(key))
                    : -std::bit_cast<float>(static_cast<std::uint32_t>(-key));
}

} // namespace demand_order

// The lowest demand at which becomesTrue(demand) holds, given that it is false up to some demand and true
// from there on; +infinity if it holds for no finite float. `guess` is where to start looking: with a good
// one (the line over the metric's slope) the answer is a few evaluations away, else it takes at most ~64.
template <typename Predicate>
float firstDemand(const Predicate& becomesTrue, double guess)
{
    using namespace demand_order;
    constexpr std::int64_t kInf = 0x7F800000;
    const auto holds = [&](std::int64_t key) { return becomesTrue(static_cast<double>(floatOf(key))); };
    // Invariant: false at lo, true at hi (the infinities standing in for "below every float" and "never").
    std::int64_t lo = -kInf, hi = kInf;
    const float start = guess >= -std::numeric_limits<float>::max() && guess <= std::numeric_limits<float>::max()
                            ? static_cast<float>(guess)
                            : (guess > 0 ? std::numeric_limits<float>::max() : 0.0f); // NaN, -inf, beyond -FLT_MAX: from zero
    const std::int64_t g = keyOf(start);
    // Gallop away from the guess, doubling the distance, until the answer is bracketed.
    if (holds(g)) {
        hi = g;
        for (std::int64_t step = 1; hi - lo > 1; step *= 2) {
            const std::int64_t k = std::max(lo + 1, hi - step);
            if (!holds(k)) {
                lo = k;
                break;
            }
            hi = k;
        }
    } else {
        lo = g;
        for (std::int64_t step = 1; hi - lo > 1; step *= 2) {
            const std::int64_t k = std::min(hi - 1, lo + step);
            if (holds(k)) {
                hi = k;
                break;
            }
            lo = k;
        }
    }
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (holds(mid) ? hi : lo) = mid;
    }
    return floatOf(hi);
}

// The band of demand in which a comparison of the metric holds. `rising`: true when the comparison holds
// from some metric upwards (>, >=), false when it holds from some metric downwards (<, <=).
template <typename Metric, typename Breaches>
DemandBand demandBand(const Metric& metricAt, const Breaches& breaches, bool rising, double line)
{
    // The metric is nearly proportional to demand below the instances' capacity: line / slope is close.
    const double slope = metricAt(1.0);
    const double guess = slope > 0 ? line / slope : 0.0;
    DemandBand band;
    if (rising)
        band.lo = firstDemand([&](double d) { return breaches(metricAt(d)); }, guess);
    else
        band.hi = firstDemand([&](double d) { return !breaches(metricAt(d)); }, guess);
    return band;
}

// Bit k: demand[k × stride] in the band, for count ≤ 64 datapoints. With a datapoint every step (60 s
// steps), four at a time: this runs for every minute of a year, for every line of every policy.
inline std::uint64_t bandBits(const float* demand, int count, int stride, DemandBand band)
{
    std::uint64_t bits = 0;
    int k = 0;
#if defined(__SSE2__)
    if (stride == 1) {
        // Ordered comparisons, false for NaN, as in holds(). Most bands are open at one end (an alarm's line
        // rising or falling): a finite demand is always below +infinity and never below -infinity, so that
        // end needs no comparison (the simulator's demand is finite).
        const __m128 lo = _mm_set1_ps(band.lo), hi = _mm_set1_ps(band.hi);
        constexpr float inf = std::numeric_limits<float>::infinity();
        if (band.hi == inf) {
            for (; k + 4 <= count; k += 4)
                bits |= static_cast<std::uint64_t>(_mm_movemask_ps(_mm_cmpge_ps(_mm_loadu_ps(demand + k), lo))) << k;
        } else if (band.lo == -inf) {
            for (; k + 4 <= count; k += 4)
                bits |= static_cast<std::uint64_t>(_mm_movemask_ps(_mm_cmplt_ps(_mm_loadu_ps(demand + k), hi))) << k;
        } else {
            for (; k + 4 <= count; k += 4) {
                const __m128 d = _mm_loadu_ps(demand + k);
                const __m128 in = _mm_and_ps(_mm_cmpge_ps(d, lo), _mm_cmplt_ps(d, hi));
                bits |= static_cast<std::uint64_t>(_mm_movemask_ps(in)) << k;
            }
        }
    }
#endif
    for (; k < count; ++k)
        bits |= std::uint64_t{band.holds(demand[k * stride])} << k;
    return bits;
}

} // namespace archdesk::core::scaling
