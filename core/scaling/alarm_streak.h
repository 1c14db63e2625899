#pragma once
// AlarmRule and Streak: a policy's CloudWatch alarm(s) reduced to what the simulator checks each minute —
// which metric, which comparison, how many consecutive datapoints — and the datapoints seen so far.

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

#include "core/scaling/demand_band.h"
#include "core/scaling/policy_evaluation.h"
#include "core/scaling/scaling_policy.h"

namespace archdesk::core::scaling {

// Consecutive datapoints an alarm has seen: all that changes while the group stands still.
struct Streak
{
    int breaching = 0; // simple/step: breaching datapoints
    int above = 0;     // target tracking: datapoints above target
    int below = 0;     // target tracking: datapoints below the scale-in line
};

// Up to 64 datapoints at once, one bit each (bit k = datapoint k), for stretches in which the group
// stands still and only the metric moves.
namespace datapoint_bits {

inline std::uint64_t first(int count)
{
    assert(count >= 0 && count <= 64);
    return count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
}

// The datapoints k < count at which a streak of set bits, `prior` long before datapoint 0, is at least
// `need` long.
inline std::uint64_t reached(std::uint64_t bits, int count, int prior, int need)
{
    bits &= first(count);
    if (need <= 1)
        return need <= 0 ? first(count) : bits;
    if (bits == 0)
        return 0; // (often: a line the metric stays clear of)
    // Runs within these datapoints: bits k-need+1 … k all set, by doubling the run length.
    std::uint64_t runs = 0;
    if (need <= 64) {
        runs = bits;
        for (int have = 1; have < need;) {
            const int shift = std::min(have, need - have);
            runs &= runs << shift;
            have += shift;
        }
    }
    // Runs that began before datapoint 0: k in [need - prior - 1, the first unset bit).
    const int ones = std::countr_one(bits);
    const int from = std::max(0, need - prior - 1);
    const std::uint64_t carried = from < ones ? first(ones) & ~first(from) : 0;
    return runs | carried;
}

// The streak after the first `count` datapoints.
inline int after(std::uint64_t bits, int count, int prior)
{
    if (count <= 0)
        return prior;
    bits &= first(count);
    if (bits == first(count))
        return prior + count;
    return std::countl_one(bits << (64 - count));
}

} // namespace datapoint_bits

// Datapoints of one metric, as bits: above/below target tracking's lines, or breaching the alarm.
struct AlarmBits
{
    std::uint64_t breach = 0;
    std::uint64_t above = 0;
    std::uint64_t below = 0;
};

// The same datapoints' lines as bands of demand (see demand_band.h).
struct DemandBands
{
    DemandBand breach, above, below;
};

class AlarmRule
{
public:
    explicit AlarmRule(const ScalingPolicy& p)
        : m_policy(&p), m_type(p.type), m_cpu(watchedMetric(p) == MetricKind::CpuPercent),
          m_target(p.targetTracking.target), m_scaleInLine(p.targetTracking.scaleInRatio * p.targetTracking.target),
          m_outDatapoints(p.targetTracking.scaleOutDatapoints), m_inDatapoints(p.targetTracking.scaleInDatapoints),
          m_disableScaleIn(p.targetTracking.disableScaleIn), m_datapoints(p.alarm ? p.alarm->datapoints : 1)
    {
        // Each line as the closed interval of the metric in which it holds: > x is [the next double above
        // x, ∞], and so on, the same answer for every finite metric.
        constexpr double inf = std::numeric_limits<double>::infinity();
        const auto above = [](double x) { return std::nextafter(x, inf); };
        const auto below = [](double x) { return std::nextafter(x, -inf); };
        if (m_type == PolicyType::TargetTracking) {
            m_high = {above(m_target), inf, m_outDatapoints};
            const int inNeed = m_disableScaleIn ? std::numeric_limits<int>::max() : m_inDatapoints;
            m_low = {-inf, below(m_scaleInLine), inNeed};
        } else if (p.alarm) {
            const double x = p.alarm->threshold;
            switch (p.alarm->comparison) {
            case Comparison::GreaterThan: m_high = {above(x), inf, m_datapoints}; break;
            case Comparison::GreaterThanOrEqual: m_high = {x, inf, m_datapoints}; break;
            case Comparison::LessThan: m_high = {-inf, below(x), m_datapoints}; break;
            case Comparison::LessThanOrEqual: m_high = {-inf, x, m_datapoints}; break;
            }
        } else {
            m_stepBands = true; // breaching is being in one of the step bands: advance() asks findStep()
        }
    }

    bool cpuMetric() const { return m_cpu; }
    bool tracking() const { return m_type == PolicyType::TargetTracking; }
    bool simple() const { return m_type == PolicyType::Simple; }
    bool trackingScalesIn() const { return m_type == PolicyType::TargetTracking && !m_disableScaleIn; }
    int scaleOutDatapoints() const { return m_outDatapoints; }

    // Adds one datapoint (none: missing, which leaves the alarms as they were — CloudWatch's "missing"
    // treatment); true when an alarm of the policy is in ALARM (target tracking: its high or low alarm).
    bool advance(Streak& st, bool has, double metric) const
    {
        if (!has)
            return false;
        if (m_type == PolicyType::TargetTracking) {
            st.above = m_high.holds(metric) ? st.above + 1 : 0;
            st.below = m_low.holds(metric) ? st.below + 1 : 0;
            return st.above >= m_high.need || st.below >= m_low.need;
        }
        st.breaching = (m_stepBands ? breached(metric) : m_high.holds(metric)) ? st.breaching + 1 : 0;
        return st.breaching >= m_datapoints;
    }

    // The same, for `count` (≤ 64) datapoints at once: metric[k × stride].
    AlarmBits bits(const double* metric, int count, int stride) const
    {
        assert(count >= 0 && count <= 64);
        AlarmBits b;
        if (m_type == PolicyType::TargetTracking) {
            for (int k = 0; k < count; ++k) {
                const double m = metric[k * stride];
                b.above |= std::uint64_t{m > m_target} << k;
                b.below |= std::uint64_t{m < m_scaleInLine} << k;
            }
            return b;
        }
        const auto& p = *m_policy;
        if (!p.alarm) {
            for (int k = 0; k < count; ++k)
                b.breach |= std::uint64_t{breached(metric[k * stride])} << k;
            return b;
        }
        b.breach = withBreachTest(*p.alarm, [&](auto breaching) {
            std::uint64_t bits = 0;
            for (int k = 0; k < count; ++k)
                bits |= std::uint64_t{breaching(metric[k * stride])} << k;
            return bits;
        });
        return b;
    }
    // The policy's lines as bands of demand, for a metric that never falls as demand rises; none for a step
    // policy without an alarm, whose bands of the metric need not map to one band of demand.
    template <typename Metric>
    std::optional<DemandBands> demandBands(const Metric& metricAt) const
    {
        DemandBands b;
        if (m_type == PolicyType::TargetTracking) {
            b.above = demandBand(metricAt, [this](double m) { return m > m_target; }, true, m_target);
            b.below = demandBand(metricAt, [this](double m) { return m < m_scaleInLine; }, false, m_scaleInLine);
            return b;
        }
        const auto& alarm = m_policy->alarm;
        if (!alarm)
            return std::nullopt;
        const bool rising = alarm->comparison == Comparison::GreaterThan || alarm->comparison == Comparison::GreaterThanOrEqual;
        b.breach = withBreachTest(*alarm, [&](auto breaching) { return demandBand(metricAt, breaching, rising, alarm->threshold); });
        return b;
    }
    // bits() from the demand at each datapoint, through the bands.
    AlarmBits bits(const float* demand, int count, int stride, const DemandBands& bands) const
    {
        AlarmBits b;
        if (m_type == PolicyType::TargetTracking) {
            b.above = bandBits(demand, count, stride, bands.above);
            b.below = bandBits(demand, count, stride, bands.below);
        } else {
            b.breach = bandBits(demand, count, stride, bands.breach);
        }
        return b;
    }
    // The datapoints at which advance() would have returned true, from streak st; high: those at which
    // target tracking's high alarm is in ALARM.
    std::uint64_t inAlarm(const AlarmBits& b, const Streak& st, int count, std::uint64_t& high) const
    {
        using namespace datapoint_bits;
        if (m_type != PolicyType::TargetTracking) {
            high = 0;
            return reached(b.breach, count, st.breaching, m_datapoints);
        }
        high = reached(b.above, count, st.above, m_outDatapoints);
        return high | (m_disableScaleIn ? 0 : reached(b.below, count, st.below, m_inDatapoints));
    }
    // The streak after the first `count` datapoints.
    Streak after(const AlarmBits& b, const Streak& st, int count) const
    {
        using namespace datapoint_bits;
        if (m_type != PolicyType::TargetTracking)
            return {datapoint_bits::after(b.breach, count, st.breaching), st.above, st.below};
        return {st.breaching, datapoint_bits::after(b.above, count, st.above), datapoint_bits::after(b.below, count, st.below)};
    }

private:
    // A simple or step policy's alarm: its own, else the step bands' (a datapoint in a band breaches).
    bool breached(double metric) const
    {
        const auto& p = *m_policy;
        return p.alarm ? breaches(*p.alarm, metric) : findStep(p.steps, metric - p.threshold).has_value();
    }

    // A line of the alarm(s): the closed interval of the metric in which it holds, and the datapoints it
    // needs in a row (never: the largest int).
    struct Line
    {
        double from = std::numeric_limits<double>::infinity();
        double to = -std::numeric_limits<double>::infinity();
        int need = std::numeric_limits<int>::max();
        bool holds(double m) const { return m >= from && m <= to; }
    };

    const ScalingPolicy* m_policy;
    PolicyType m_type;
    bool m_cpu;
    double m_target, m_scaleInLine;
    int m_outDatapoints, m_inDatapoints;
    bool m_disableScaleIn;
    int m_datapoints;
    Line m_high;              // target tracking: above the target; simple and step: the alarm
    Line m_low;               // target tracking: below the scale-in line
    bool m_stepBands = false; // a step policy without an alarm of its own: breaching is being in a band
};

} // namespace archdesk::core::scaling
