#include "core/scaling/simulator.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/billing/hourly_biller.h"
#include "core/scaling/alarm_streak.h"
#include "core/scaling/demand_feed.h"
#include "core/scaling/load_model.h"
#include "core/scaling/policy_evaluation.h"
#include "core/util/random.h"

namespace archdesk::core::scaling {

namespace {

constexpr int kMaxAzs = 16;
constexpr std::int64_t kShortestQuietStretch = 5;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

enum class Phase : std::uint8_t { Pending, InService, Terminating, Gone };
// Ready: the load balancer's health checks pass (routed) and/or the warm-up ends, whichever are due.
enum class EventKind : std::uint8_t { InService, Ready, Deroute, Gone };

struct Instance
{
    int id = 0;
    int launchStep = 0;
    int inServiceStep = std::numeric_limits<int>::min() / 2; // the group's first instances: long in service
    std::uint32_t generation = 0;
    std::int16_t owner = -1; // simple policy whose activity this instance belongs to (until it completes)
    std::uint8_t az = 0;
    Phase phase = Phase::Gone;
    bool routed = false;     // the load balancer sends it traffic
    bool warm = false;       // counted in the group's metrics
    bool unhealthy = false;
    bool spot = false;
    bool isProtected = false;
    bool rebalance = false;   // launched by AZ rebalancing (terminate one elsewhere when InService)
    bool replacement = false; // launched to replace an unhealthy instance
    bool candidate = false;   // in m_buckets: may be picked by the termination policy
    int bucketPos = 0;
    int bucket = 0;           // bucketOf(launchStep), kept: it takes two divisions
};

struct Event
{
    int step; // (a plan has fewer than 2^31 steps: two years of seconds at most)
    int slot;
    std::uint32_t generation;
    EventKind kind;
};

// Each transition has a constant delay, so its events arrive in time order: a ring buffer per transition
// (QueueId; each holds one kind of event) replaces a priority queue (O(1) and no allocation once it has
// grown to the group's size).
class EventQueue
{
public:
    EventQueue() : m_buf(256) {}
    const Event& front() const { return m_buf[m_head]; }
    // The front event's step, kept beside the queue (the largest step when empty): one load tells whether
    // the queue has an event due.
    std::int64_t nextStep() const { return m_nextStep; }
    void pop()
    {
        m_head = (m_head + 1) & (m_buf.size() - 1);
        --m_size;
        m_nextStep = m_size > 0 ? m_buf[m_head].step : std::numeric_limits<std::int64_t>::max();
    }
    // Field by field into its slot: an Event built on the stack and copied in whole stalls on the
    // store-to-load forwarding of its just-written fields.
    void push(std::int64_t step, int slot, std::uint32_t generation, EventKind kind)
    {
        if (m_size == m_buf.size()) {
            std::vector<Event> bigger(m_buf.size() * 2);
            for (std::size_t i = 0; i < m_size; ++i)
                bigger[i] = m_buf[(m_head + i) & (m_buf.size() - 1)];
            m_buf.swap(bigger);
            m_head = 0;
        }
        Event& e = m_buf[(m_head + m_size) & (m_buf.size() - 1)];
        e.step = static_cast<int>(step);
        e.slot = slot;
        e.generation = generation;
        e.kind = kind;
        if (m_size++ == 0)
            m_nextStep = step;
    }

private:
    std::vector<Event> m_buf; // size a power of two
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    std::int64_t m_nextStep = std::numeric_limits<std::int64_t>::max();
};

// Ready comes at the earlier of the two delays after InService, and again at the later one if it differs:
// one event where they coincide, each of the two in its own queue.
enum QueueId { kQueueLaunch, kQueueReady, kQueueReadyLater, kQueueDeroute, kQueueDeregister, kQueueSpot, kQueueCount };

struct PolicyState
{
    Streak streak;
    int outstanding = 0;  // simple: instances of the current activity not yet done
    std::int64_t cooldownEnd = 0;
};

struct DesiredCause
{
    Activity::Cause cause = Activity::Cause::Policy;
    int policy = -1;
    bool scaleOut = true;
    EpochMs time = 0;
    int from = 0;
    int to = 0;
};

class Simulator
{
public:
    Simulator(const ScalingPlan& plan, const SimulationOptions& options) : m_plan(plan), m_options(options), m_rng(plan.seed)
    {
    }

    SimulationResult run();

private:
    std::int64_t toSteps(int seconds) const
    {
        return seconds <= 0 ? 0 : (seconds + m_plan.stepSeconds - 1) / m_plan.stepSeconds;
    }
    EpochMs timeOf(std::int64_t step) const { return m_plan.start + step * m_plan.stepSeconds * kMsPerSecond; }

    [[gnu::always_inline]] void account(const Instance& in, int sign);
    // The four transitions every instance makes, counted as account(−1) … account(+1) would count them
    // but touching only the counts they change; only terminating changes what rebalancing looks at, and
    // only Ready and terminating an instance in service change the load model. (mutate() stays for every
    // other change.)
    void enterService(Instance& in);
    void becomeReady(Instance& in, bool route, bool warm);
    void beginTerminating(Instance& in, std::int16_t owner);
    void finishTerminating(Instance& in);
    template <typename F>
    void mutate(int slot, F&& change)
    {
        account(m_instances[static_cast<std::size_t>(slot)], -1);
        change(m_instances[static_cast<std::size_t>(slot)]);
        account(m_instances[static_cast<std::size_t>(slot)], +1);
    }
    [[gnu::always_inline]] void schedule(std::int64_t step, int slot, EventKind kind, QueueId queue);
    // The termination policy's buckets, updated inline (a call cost a third of an update).
    [[gnu::always_inline]] void addCandidate(int slot);
    int firstBucketFrom(int az, int from) const;
    [[gnu::always_inline]] void removeCandidate(int slot);
    void markUnhealthy(int slot);
    int bucketOf(std::int64_t step) const
    {
        return static_cast<int>(((step * m_plan.stepSeconds) % 3600) / m_bucketSeconds);
    }
    // bucketOf(m_t), worked out once per step however many instances launch or terminate in it.
    int bucketNow()
    {
        if (m_bucketStep != m_t) {
            m_bucketStep = m_t;
            m_bucketNow = bucketOf(m_t);
        }
        return m_bucketNow;
    }
    void handle(const Event& e);
    // One kind of event (the queue it comes from tells which); the rarer work of two kinds out of line.
    template <EventKind Kind>
    void on(const Event& e);
    template <EventKind Kind>
    void drain(EventQueue& q)
    {
        while (q.nextStep() <= m_t) {
            const Event e = q.front();
            q.pop();
            on<Kind>(e);
        }
    }
    void inService(Instance& in, int slot);
    void gone(Instance& in, int slot);
    // A simple policy's activity: its cooldown starts once every instance it launched is InService (or
    // every one it terminated has deregistered); each instance done counts down to that.
    void startCooldown(int policy);
    void partOfActivityDone(int policy);
    // An event due at once, out of line: schedule() stays a push, inlined where it is called.
    [[gnu::noinline]] void handleNow(const Event& e);
    void processEvents();

    int chooseLaunchAz() const;
    int launch(int az, bool initial);
    void boot(int slot);
    void terminate(int slot, Activity::Cause cause, bool logActivity, int ownerPolicy = -1);
    int pickVictim();
    int groupCapacity() const { return m_aliveTotal + m_unhealthyWaiting - m_rebalanceExtra; }

    void applyScheduled();
    void applyFaults();
    [[gnu::noinline]] void applyOutageEdges();
    std::int64_t outageEdgeAfter(std::int64_t step) const; // the first step after `step` an outage starts or ends
    [[gnu::noinline]] void failInstance(int healthy);
    [[gnu::noinline]] void interruptSpot();
    void refreshLoadModel();
    void measure(double demand);
    bool quiet() const;
    std::int64_t quietUntil(std::int64_t steps) const;
    bool runQuiet(std::int64_t end, DemandFeed& feed);
    void runStill(std::int64_t end, const float* demand);
    void flushQuiet(std::int64_t first, const float* demand, int desired);
    void finishStep(const float* demand);
    // A step's unserved demand added to the run's sum (requests: the rate × the step's seconds). The demand's
    // own sum depends on nothing the group does: run() takes it from the curve at the end.
    [[gnu::always_inline]] static void addUnserved(double unserved, double stepSeconds, double& unservedSum)
    {
        unservedSum += unserved * stepSeconds;
    }
    template <typename LoadOf>
    void recordSteps(std::int64_t first, std::int64_t count, const float* demand, int desired,
                      LoadOf&& loadOf);
    [[gnu::noinline]] void addHourUsage(std::int64_t steps);
    [[gnu::always_inline]] void billUpTo(std::int64_t step);
    void evaluatePoliciesAtMinute();
    int warmingFor(std::int64_t warmupSteps) const;
    void replaceUnhealthy();
    void reconcile();
    void rebalance();
    void record(const float* demand);
    void setDesired(int desired, const DesiredCause& cause);
    // Inlined where called: out of line, saving and restoring registers for its rare growth path cost as
    // much as the writes themselves.
    [[gnu::always_inline]] void logActivity(Activity::Kind kind, Activity::Cause cause, const Instance& in,
                                            int fromCap, int toCap);
    void priceFleet();

    const ScalingPlan& m_plan;
    SimulationOptions m_options;
    Rng m_rng;
    SimulationResult m_result;

    std::int64_t m_t = 0;
    int m_azCount = 0;
    int m_desired = 0;
    int m_min = 0;
    int m_max = 0;
    int m_nextId = 1;

    std::vector<Instance> m_instances;
    std::vector<int> m_freeSlots;
    std::array<EventQueue, kQueueCount> m_queues;
    // Termination candidates per AZ and per second-of-the-hour of their launch (in buckets of the
    // step), so "closest to the next billing hour" is a walk over buckets, not over instances.
    std::vector<std::vector<int>> m_buckets;
    std::vector<std::uint64_t> m_bucketBits; // per AZ, m_bucketWords words: bit k = bucket k is not empty
    std::array<int, kMaxAzs> m_candidates{};
    int m_bucketWords = 1;
    int m_bucketCount = 1;
    int m_bucketSeconds = 60;
    std::int64_t m_bucketStep = -1;
    int m_bucketNow = 0;

    // Counts kept in step with every instance change, so that a step without events costs O(AZs).
    std::array<int, kMaxAzs> m_pending{}, m_inService{}, m_terminating{}, m_alive{}, m_routed{}, m_routedDead{},
        m_warmAlive{}, m_warmRouted{};
    int m_aliveTotal = 0;
    int m_routedTotal = 0, m_routedDeadTotal = 0, m_warmRoutedTotal = 0, m_inServiceTotal = 0, m_pendingTotal = 0;
    int m_unhealthyInService = 0;
    bool m_balanceDirty = true;
    bool m_countsDirty = true;
    // The load at the counts of the moment, refreshed only when an instance changes: a step without
    // events then needs no division at all.
    LoadModel m_load;
    std::int64_t m_nextEvent = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_minuteCountdown = 0;
    int m_warmAliveTotal = 0;
    int m_spotAlive = 0;
    int m_unhealthyWaiting = 0;
    int m_rebalanceExtra = 0;
    int m_replacementsInFlight = 0;
    int m_replacementLaunchesOwed = 0;
    int m_spotLaunchesOwed = 0;

    std::array<bool, kMaxAzs> m_outage{};
    std::vector<std::int64_t> m_outageStart, m_outageEnd; // per fault index (AzOutage only)
    std::int64_t m_nextOutageEdge = std::numeric_limits<std::int64_t>::max(); // the next step one starts or ends
    std::vector<int> m_outageAz;
    // Instance failures and Spot interruptions: Poisson processes whose rate follows the instance count.
    // Each spends an Exp(1) budget of hazard step by step, so a step without a fault costs a subtraction
    // and no random draw. Hazard is counted in whole units of 2^-52, so that n steps spend exactly n
    // times one step's hazard and the lean loop can tell at once how many steps are free of faults.
    // (A rate is thus rounded to the nearest 2^-52 of a hazard per instance and step: at 1 s steps a rate
    // of 0.001 per hour moves by under a billionth of itself, and one under half a unit, about 4e-13 per
    // hour, rounds to none.)
    static constexpr double kHazardUnits = 4503599627370496.0; // 2^52 units = a hazard of 1
    static std::int64_t hazardUnits(double hazard)
    {
        // At most 1,024 per instance and step: a fault in every step, as good as certain.
        return std::llround(std::min(hazard, 1024.0) * kHazardUnits);
    }
    // One step's hazard for `count` instances; beyond an int64 (a huge group at a huge rate), the most
    // an int64 holds, which spends any budget in that step just the same.
    static std::int64_t stepHazard(std::int64_t perInstance, int count)
    {
        std::int64_t hazard = 0;
        if (__builtin_mul_overflow(perInstance, std::int64_t{count}, &hazard))
            return std::numeric_limits<std::int64_t>::max();
        return hazard;
    }
    // This step's hazard at the counts of now: failures strike healthy in-service instances, interruptions
    // live Spot ones. (0 when no instance is at risk or the plan has no such fault.)
    int healthyInService() const { return m_inServiceTotal - m_unhealthyInService; }
    std::int64_t failureHazardNow() const { return stepHazard(m_failurePerStep, healthyInService()); }
    std::int64_t spotHazardNow() const { return stepHazard(m_spotPerStep, m_spotAlive); }
    std::int64_t m_failurePerStep = 0; // per healthy in-service instance, in hazard units
    std::int64_t m_spotPerStep = 0;    // per live Spot instance
    std::int64_t m_failureBudget = 0;
    std::int64_t m_spotBudget = 0;
    std::int64_t exponential()
    {
        double u = m_rng.uniform();
        while (u <= 0.0)
            u = m_rng.uniform();
        return std::max<std::int64_t>(1, std::llround(-std::log(u) * kHazardUnits));
    }
    // Steps from now before the one in which a fault strikes, at the counts of now, up to `limit`.
    std::int64_t faultFreeSteps(std::int64_t limit) const;

    std::vector<std::int64_t> m_scheduledNext; // next step of each scheduled action (-1 none)
    std::vector<PolicyState> m_policyState;
    std::vector<AlarmRule> m_rules; // per policy
    // runQuiet, per policy: the datapoints of the stretch so far, as bits, and the streak before them.
    struct QuietAlarm
    {
        AlarmBits bits;
        Streak start;
        bool hasData = false;
        std::optional<DemandBands> bands; // its lines as bands of demand, at this stretch's counts
    };
    std::vector<QuietAlarm> m_quietAlarms;
    struct Wanted
    {
        bool fired = false;
        int desired = 0;
    };
    std::vector<Wanted> m_outcomes; // evaluatePoliciesAtMinute: what each acting policy asks for
    std::vector<int> m_acting;  // evaluatePoliciesAtMinute: the policies that act this minute
    int m_trackingScalesIn = 0; // target tracking policies that may scale in
    DesiredCause m_lastCause;
    int m_launchOwner = -1;

    Load m_now; // this step's load, as the alarms see it

    std::int64_t m_launchSteps = 0, m_warmupSteps = 0, m_healthySteps = 0, m_unhealthySteps = 0, m_deregSteps = 0,
                 m_spotNoticeSteps = 0, m_graceSteps = 0, m_stepsPerMinute = 1;
    double m_unserved = 0; // requests turned away so far
    // Running (billed) instances: Pending, InService and Terminating, On-Demand per AZ and Spot.
    std::array<int, kMaxAzs> m_runningOnDemand{};
    int m_runningSpot = 0;
    // Instance-seconds per clock-hour of the run: On-Demand [hour × azCount + az], Spot [hour].
    std::vector<double> m_hourOnDemand, m_hourSpot;
    std::size_t m_hour = 0;
    std::int64_t m_secondsIntoHour = 0;
    std::int64_t m_stepsLeftInHour = 1; // steps that start in this clock-hour from now on
    std::int64_t m_billedUpTo = 0;      // steps before it are in m_hourOnDemand / m_hourSpot
};

inline void Simulator::account(const Instance& in, int s)
{
    const std::size_t a = in.az;
    const bool live = in.phase == Phase::Pending || in.phase == Phase::InService;
    // Rebalancing looks at live instances (and at max and the outages, which mark it where they change);
    // the load model at in-service ones.
    if (live)
        m_balanceDirty = true;
    if (in.phase == Phase::InService)
        m_countsDirty = true;
    // Spot or not is a coin toss from one launch to the next: counted by multiplication, not a branch.
    if (in.phase != Phase::Gone) {
        m_runningSpot += in.spot * s;
        m_runningOnDemand[a] += !in.spot * s;
    }
    switch (in.phase) {
    case Phase::Pending:
        m_pending[a] += s;
        m_pendingTotal += s;
        break;
    case Phase::InService:
        m_inService[a] += s;
        m_inServiceTotal += s;
        break;
    case Phase::Terminating: m_terminating[a] += s; break;
    case Phase::Gone: break;
    }
    if (live && !in.unhealthy) {
        m_alive[a] += s;
        m_aliveTotal += s;
        m_spotAlive += in.spot * s;
    }
    if (live && in.unhealthy)
        m_unhealthyWaiting += s;
    if (in.phase == Phase::InService && in.unhealthy)
        m_unhealthyInService += s;
    if (in.phase == Phase::InService && in.routed) {
        (in.unhealthy ? m_routedDead : m_routed)[a] += s;
        (in.unhealthy ? m_routedDeadTotal : m_routedTotal) += s;
    }
    if (in.phase == Phase::InService && in.warm && !in.unhealthy) {
        m_warmAlive[a] += s;
        m_warmAliveTotal += s;
        if (in.routed) {
            m_warmRouted[a] += s;
            m_warmRoutedTotal += s;
        }
    }
}

inline void Simulator::enterService(Instance& in)
{
    // Pending → InService: alive either way; a pending instance is neither routed nor warm.
    const std::size_t a = in.az;
    --m_pending[a];
    --m_pendingTotal;
    ++m_inService[a];
    ++m_inServiceTotal;
    m_unhealthyInService += in.unhealthy;
    in.phase = Phase::InService;
    in.inServiceStep = static_cast<int>(m_t);
}

inline void Simulator::becomeReady(Instance& in, bool route, bool warm)
{
    // In service: routed once healthy (so route implies healthy), warm once warmed up.
    const std::size_t a = in.az;
    const bool healthy = !in.unhealthy;
    const bool warmRoutedBefore = in.routed && in.warm && healthy;
    in.routed = in.routed || route;
    in.warm = in.warm || warm;
    if (route) {
        ++m_routed[a];
        ++m_routedTotal;
    }
    if (warm && healthy) {
        ++m_warmAlive[a];
        ++m_warmAliveTotal;
    }
    if (in.routed && in.warm && healthy && !warmRoutedBefore) {
        ++m_warmRouted[a];
        ++m_warmRoutedTotal;
    }
    m_countsDirty = true;
}

inline void Simulator::beginTerminating(Instance& in, std::int16_t owner)
{
    // Pending or InService → Terminating: no longer live, out of the load balancer, still running (and
    // billed) until Gone. (terminate() only ends live instances; anything else is counted in full.)
    if (in.phase != Phase::Pending && in.phase != Phase::InService) [[unlikely]] {
        account(in, -1);
        in.phase = Phase::Terminating;
        in.routed = false;
        in.owner = owner;
        account(in, +1);
        return;
    }
    const std::size_t a = in.az;
    m_balanceDirty = true;
    if (in.phase == Phase::InService) {
        m_countsDirty = true;
        --m_inService[a];
        --m_inServiceTotal;
        m_unhealthyInService -= in.unhealthy;
        if (in.routed) {
            (in.unhealthy ? m_routedDead : m_routed)[a] -= 1;
            (in.unhealthy ? m_routedDeadTotal : m_routedTotal) -= 1;
        }
        if (in.warm && !in.unhealthy) {
            --m_warmAlive[a];
            --m_warmAliveTotal;
            if (in.routed) {
                --m_warmRouted[a];
                --m_warmRoutedTotal;
            }
        }
    } else {
        --m_pending[a];
        --m_pendingTotal;
    }
    ++m_terminating[a];
    if (in.unhealthy) {
        --m_unhealthyWaiting;
    } else {
        --m_alive[a];
        --m_aliveTotal;
        m_spotAlive -= in.spot;
    }
    in.phase = Phase::Terminating;
    in.routed = false;
    in.owner = owner;
}

inline void Simulator::finishTerminating(Instance& in)
{
    // Terminating → Gone: it stops running (and billing); nothing else counted it.
    const std::size_t a = in.az;
    --m_terminating[a];
    m_runningSpot -= in.spot;
    m_runningOnDemand[a] -= !in.spot;
    in.phase = Phase::Gone;
    in.owner = -1;
}

inline void Simulator::schedule(std::int64_t step, int slot, EventKind kind, QueueId queue)
{
    const std::uint32_t generation = m_instances[static_cast<std::size_t>(slot)].generation;
    if (step <= m_t) [[unlikely]] {
        handleNow(Event{static_cast<int>(step), slot, generation, kind});
        return;
    }
    m_queues[queue].push(step, slot, generation, kind);
    m_nextEvent = std::min(m_nextEvent, step);
}

void Simulator::handleNow(const Event& e)
{
    handle(e);
}

void Simulator::processEvents()
{
    if (m_t < m_nextEvent)
        return;
    // Each queue holds one kind of event: handled by queue, not by kind.
    drain<EventKind::InService>(m_queues[kQueueLaunch]);
    drain<EventKind::Ready>(m_queues[kQueueReady]);
    drain<EventKind::Ready>(m_queues[kQueueReadyLater]);
    drain<EventKind::Deroute>(m_queues[kQueueDeroute]);
    drain<EventKind::Gone>(m_queues[kQueueDeregister]);
    drain<EventKind::Gone>(m_queues[kQueueSpot]);
    m_nextEvent = std::numeric_limits<std::int64_t>::max();
    for (const auto& q : m_queues)
        m_nextEvent = std::min(m_nextEvent, q.nextStep());
}

inline void Simulator::addCandidate(int slot)
{
    Instance& in = m_instances[static_cast<std::size_t>(slot)];
    if (in.candidate || in.isProtected)
        return;
    const int k = in.bucket;
    auto& bucket = m_buckets[static_cast<std::size_t>(in.az * m_bucketCount + k)];
    in.candidate = true;
    in.bucketPos = static_cast<int>(bucket.size());
    bucket.push_back(slot);
    ++m_candidates[in.az];
    m_bucketBits[static_cast<std::size_t>(in.az * m_bucketWords + k / 64)] |= std::uint64_t{1} << (k % 64);
}

inline void Simulator::removeCandidate(int slot)
{
    Instance& in = m_instances[static_cast<std::size_t>(slot)];
    if (!in.candidate)
        return;
    const int k = in.bucket;
    auto& bucket = m_buckets[static_cast<std::size_t>(in.az * m_bucketCount + k)];
    const int last = bucket.back();
    bucket[static_cast<std::size_t>(in.bucketPos)] = last;
    m_instances[static_cast<std::size_t>(last)].bucketPos = in.bucketPos;
    bucket.pop_back();
    in.candidate = false;
    --m_candidates[in.az];
    if (bucket.empty())
        m_bucketBits[static_cast<std::size_t>(in.az * m_bucketWords + k / 64)] &= ~(std::uint64_t{1} << (k % 64));
}

int Simulator::firstBucketFrom(int az, int from) const
{
    // The first non-empty bucket of the AZ at or after `from`, wrapping round the hour; -1 if none.
    const std::uint64_t* words = m_bucketBits.data() + static_cast<std::size_t>(az * m_bucketWords);
    const auto scan = [&](int lo, int hi) {
        for (int w = lo / 64; w * 64 < hi; ++w) {
            std::uint64_t bits = words[w];
            if (w == lo / 64)
                bits &= ~std::uint64_t{0} << (lo % 64);
            if (bits != 0) {
                const int k = w * 64 + std::countr_zero(bits);
                return k < hi ? k : -1;
            }
        }
        return -1;
    };
    const int k = scan(from, m_bucketCount);
    return k >= 0 ? k : scan(0, from);
}

void Simulator::markUnhealthy(int slot)
{
    removeCandidate(slot);
    mutate(slot, [](Instance& x) { x.unhealthy = true; });
}

void Simulator::handle(const Event& e)
{
    switch (e.kind) {
    case EventKind::InService: on<EventKind::InService>(e); break;
    case EventKind::Ready: on<EventKind::Ready>(e); break;
    case EventKind::Deroute: on<EventKind::Deroute>(e); break;
    case EventKind::Gone: on<EventKind::Gone>(e); break;
    }
}

template <EventKind Kind>
inline void Simulator::on(const Event& e)
{
    Instance& in = m_instances[static_cast<std::size_t>(e.slot)];
    if (in.generation != e.generation || in.phase == Phase::Gone)
        return; // the instance it was for is gone
    if constexpr (Kind == EventKind::InService) {
        if (in.phase == Phase::Pending)
            inService(in, e.slot);
    } else if constexpr (Kind == EventKind::Ready) {
        if (in.phase != Phase::InService)
            return;
        // Routed once healthy_threshold checks have passed (unless it has failed since); warm once its
        // warm-up has run.
        const std::int64_t since = m_t - in.inServiceStep;
        const bool route = since >= m_healthySteps && !in.unhealthy && !in.routed;
        const bool warm = since >= m_warmupSteps && !in.warm;
        if (route || warm)
            becomeReady(in, route, warm);
        const std::int64_t later = std::max(m_healthySteps, m_warmupSteps);
        if (since < later)
            schedule(in.inServiceStep + later, e.slot, EventKind::Ready, kQueueReadyLater);
    } else if constexpr (Kind == EventKind::Deroute) {
        mutate(e.slot, [](Instance& x) { x.routed = false; });
    } else {
        if (in.phase == Phase::Terminating)
            gone(in, e.slot);
    }
}

void Simulator::startCooldown(int policy)
{
    const auto& p = m_plan.policies[static_cast<std::size_t>(policy)];
    m_policyState[static_cast<std::size_t>(policy)].cooldownEnd =
        m_t + toSteps(p.cooldownSeconds.value_or(m_plan.group.defaultCooldownSeconds));
}

void Simulator::partOfActivityDone(int policy)
{
    if (--m_policyState[static_cast<std::size_t>(policy)].outstanding == 0)
        startCooldown(policy);
}

void Simulator::inService(Instance& in, int slot)
{
    enterService(in);
    schedule(m_t + std::min(m_healthySteps, m_warmupSteps), slot, EventKind::Ready, kQueueReady);
    Instance& x = m_instances[static_cast<std::size_t>(slot)];
    if (x.owner >= 0) {
        // A simple policy's scale-out activity ends when its last instance is InService.
        partOfActivityDone(x.owner);
        x.owner = -1;
    }
    if (x.replacement) {
        x.replacement = false;
        --m_replacementsInFlight;
    }
    if (x.rebalance) {
        x.rebalance = false;
        --m_rebalanceExtra;
        m_balanceDirty = true; // room for the next rebalancing launch
        const int victim = pickVictim();
        if (victim >= 0)
            terminate(victim, Activity::Cause::Rebalance, true);
    }
}

void Simulator::gone(Instance& in, int slot)
{
    const int owner = in.owner;
    billUpTo(m_t);
    finishTerminating(in);
    ++in.generation;
    m_freeSlots.push_back(slot);
    if (owner >= 0)
        partOfActivityDone(owner); // a simple policy's scale-in ends when its instances have deregistered
}

int Simulator::chooseLaunchAz() const
{
    // Launches go to the available AZ with the fewest instances (ties: the first listed).
    int best = -1;
    for (int a = 0; a < m_azCount; ++a) {
        if (m_outage[static_cast<std::size_t>(a)])
            continue;
        if (best < 0 || m_alive[static_cast<std::size_t>(a)] < m_alive[static_cast<std::size_t>(best)])
            best = a;
    }
    return best;
}

int Simulator::launch(int az, bool initial)
{
    int slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = static_cast<int>(m_instances.size());
        m_instances.emplace_back();
    }
    billUpTo(m_t);
    Instance& in = m_instances[static_cast<std::size_t>(slot)];
    const std::uint32_t generation = in.generation;
    in = Instance{};
    in.generation = generation;
    in.id = m_nextId++;
    in.launchStep = static_cast<int>(m_t);
    in.bucket = bucketNow();
    in.az = static_cast<std::uint8_t>(az);
    // Keep the Spot share of the running group at spot_share, launch by launch.
    const double share = m_plan.group.spotShare;
    in.spot = share > 0 && (m_spotAlive + 1) <= share * (m_aliveTotal + 1) + 1e-9;
    if (initial) {
        in.phase = Phase::InService;
        in.routed = true;
        in.warm = true;
        in.isProtected = m_nextId - 1 <= m_plan.group.protectedInstances;
        account(in, +1);
        addCandidate(slot);
        return slot;
    }
    in.phase = Phase::Pending;
    account(in, +1);
    addCandidate(slot);
    return slot; // the caller marks what the launch is for, then boot()s it
}

void Simulator::boot(int slot)
{
    // After the caller's marks (replacement, rebalancing, the policy it belongs to): with a launch that
    // takes no time the instance is in service at once, and its InService handling reads them.
    schedule(m_t + m_launchSteps, slot, EventKind::InService, kQueueLaunch);
}

void Simulator::terminate(int slot, Activity::Cause cause, bool log, int ownerPolicy)
{
    Instance& in = m_instances[static_cast<std::size_t>(slot)];
    if (in.owner >= 0)
        partOfActivityDone(in.owner); // its launch activity will never complete: count it as done
    if (in.replacement) {
        in.replacement = false;
        --m_replacementsInFlight;
    }
    if (in.rebalance) {
        in.rebalance = false;
        --m_rebalanceExtra;
    }
    removeCandidate(slot);
    const int before = groupCapacity();
    const bool wasPending = in.phase == Phase::Pending;
    const bool dead = in.unhealthy;
    beginTerminating(in, static_cast<std::int16_t>(ownerPolicy));
    if (ownerPolicy >= 0)
        ++m_policyState[static_cast<std::size_t>(ownerPolicy)].outstanding;
    if (log)
        logActivity(Activity::Kind::Terminate, cause, m_instances[static_cast<std::size_t>(slot)], before,
                    groupCapacity());
    // Pending or dead instances have nothing to drain; Spot ones are gone when the notice runs out.
    if (wasPending || dead)
        schedule(m_t, slot, EventKind::Gone, kQueueDeregister);
    else if (cause == Activity::Cause::SpotInterruption)
        schedule(m_t + std::min(m_deregSteps, m_spotNoticeSteps), slot, EventKind::Gone, kQueueSpot);
    else
        schedule(m_t + m_deregSteps, slot, EventKind::Gone, kQueueDeregister);
}

int Simulator::pickVictim()
{
    // Default termination policy: the AZ with the most instances that has an unprotected one (ties: the
    // first listed); then (one launch template version here) the instance closest to its next billing
    // hour; then a seeded random pick.
    int az = -1;
    for (int a = 0; a < m_azCount; ++a) {
        const auto ua = static_cast<std::size_t>(a);
        if (m_candidates[ua] == 0)
            continue;
        if (az < 0 || m_alive[ua] > m_alive[static_cast<std::size_t>(az)])
            az = a;
    }
    if (az < 0)
        return -1;
    // Launched one bucket after now's second-of-the-hour = the most of its hour used.
    const int next = bucketNow() + 1;
    const int k = firstBucketFrom(az, next == m_bucketCount ? 0 : next);
    if (k < 0)
        return -1;
    const auto& bucket = m_buckets[static_cast<std::size_t>(az * m_bucketCount + k)];
    const std::size_t pick = bucket.size() == 1 ? 0 : static_cast<std::size_t>(m_rng.below(bucket.size()));
    return bucket[pick];
}

inline void Simulator::logActivity(Activity::Kind kind, Activity::Cause cause, const Instance& in, int fromCap,
                                   int toCap)
{
    Activity& a = m_result.activities.emplace_back();
    a.time = timeOf(m_t);
    a.kind = kind;
    a.cause = cause;
    a.spot = in.spot;
    a.instance = in.id;
    a.az = in.az;
    a.fromCapacity = fromCap;
    a.toCapacity = toCap;
    a.causeTime = a.time;
    if (cause == Activity::Cause::Policy || cause == Activity::Cause::Scheduled) {
        a.policy = m_lastCause.policy;
        a.scaleOut = m_lastCause.scaleOut;
        a.causeTime = m_lastCause.time;
        a.fromDesired = m_lastCause.from;
        a.toDesired = m_lastCause.to;
    }
}

void Simulator::setDesired(int desired, const DesiredCause& cause)
{
    m_lastCause = cause;
    m_lastCause.from = m_desired;
    m_lastCause.to = desired;
    m_lastCause.time = timeOf(m_t);
    m_desired = desired;
}

void Simulator::applyScheduled()
{
    for (std::size_t i = 0; i < m_scheduledNext.size(); ++i) {
        if (m_scheduledNext[i] < 0 || m_scheduledNext[i] > m_t)
            continue;
        const auto& a = m_plan.scheduled[i];
        const auto next = a.nextAfter(timeOf(m_t));
        m_scheduledNext[i] = next ? (*next - m_plan.start + m_plan.stepSeconds * kMsPerSecond - 1) /
                                        (m_plan.stepSeconds * kMsPerSecond)
                                  : -1;
        const int newMin = a.minSize.value_or(m_min);
        const int newMax = a.maxSize.value_or(m_max);
        if (newMin > newMax)
            continue; // AWS rejects such an update; the group keeps its limits
        m_min = newMin;
        if (newMax != m_max)
            m_balanceDirty = true; // rebalancing's room above max changes with it
        m_max = newMax;
        const int desired = std::clamp(a.desired.value_or(m_desired), m_min, m_max);
        DesiredCause c;
        c.cause = Activity::Cause::Scheduled;
        c.policy = static_cast<int>(i);
        c.scaleOut = desired > m_desired;
        setDesired(desired, c);
    }
}

inline void Simulator::applyFaults()
{
    // Each check is a comparison or two; what happens when a fault strikes is out of line.
    if (m_t >= m_nextOutageEdge)
        applyOutageEdges();
    if (m_failurePerStep > 0) {
        m_failureBudget -= failureHazardNow();
        if (healthyInService() > 0 && m_failureBudget <= 0) [[unlikely]]
            failInstance(healthyInService());
    }
    if (m_spotPerStep > 0) {
        m_spotBudget -= spotHazardNow();
        if (m_spotAlive > 0 && m_spotBudget <= 0) [[unlikely]]
            interruptSpot();
    }
}

void Simulator::applyOutageEdges()
{
    for (std::size_t f = 0; f < m_outageAz.size(); ++f) {
        const auto az = static_cast<std::size_t>(m_outageAz[f]);
        if (m_t == m_outageStart[f]) {
            m_outage[az] = true;
            m_countsDirty = true; // its load balancer node leaves DNS
            // Everything in the AZ is lost: pending launches fail, running instances stop answering.
            for (std::size_t i = 0; i < m_instances.size(); ++i) {
                Instance& in = m_instances[i];
                if (in.az != az || in.unhealthy)
                    continue;
                if (in.phase == Phase::Pending) {
                    markUnhealthy(static_cast<int>(i));
                    terminate(static_cast<int>(i), Activity::Cause::AzOutage, true);
                } else if (in.phase == Phase::InService) {
                    markUnhealthy(static_cast<int>(i));
                    schedule(m_t + m_unhealthySteps, static_cast<int>(i), EventKind::Deroute, kQueueDeroute);
                } else if (in.phase == Phase::Terminating) {
                    schedule(m_t, static_cast<int>(i), EventKind::Gone, kQueueDeregister);
                }
            }
        }
        if (m_t == m_outageEnd[f]) {
            m_outage[az] = false;
            m_countsDirty = true;
            m_balanceDirty = true; // the AZ is back: time to rebalance
        }
    }
    m_nextOutageEdge = outageEdgeAfter(m_t);
}

std::int64_t Simulator::outageEdgeAfter(std::int64_t step) const
{
    std::int64_t next = std::numeric_limits<std::int64_t>::max();
    for (std::size_t f = 0; f < m_outageAz.size(); ++f)
        for (const std::int64_t edge : {m_outageStart[f], m_outageEnd[f]})
            if (edge > step)
                next = std::min(next, edge);
    return next;
}

void Simulator::failInstance(int healthy)
{
    m_failureBudget = exponential();
    // One failure this step: a uniformly chosen healthy in-service instance.
    auto k = static_cast<long long>(m_rng.below(static_cast<std::uint64_t>(healthy)));
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const auto& in = m_instances[i];
        k -= in.phase == Phase::InService && !in.unhealthy; // counted, not branched on
        if (k < 0) {
            markUnhealthy(static_cast<int>(i));
            schedule(m_t + m_unhealthySteps, static_cast<int>(i), EventKind::Deroute, kQueueDeroute);
            return;
        }
    }
}

void Simulator::interruptSpot()
{
    m_spotBudget = exponential();
    auto k = static_cast<long long>(m_rng.below(static_cast<std::uint64_t>(m_spotAlive)));
    for (std::size_t i = 0; i < m_instances.size(); ++i) {
        const auto& in = m_instances[i];
        k -= in.spot & !in.unhealthy & (in.phase == Phase::InService || in.phase == Phase::Pending);
        if (k < 0) {
            ++m_spotLaunchesOwed;
            terminate(static_cast<int>(i), Activity::Cause::SpotInterruption, true);
            return;
        }
    }
}

void Simulator::refreshLoadModel()
{
    if (!m_countsDirty)
        return;
    auto& m = m_load;
    const int targets = m_routedTotal + m_routedDeadTotal;
    m.invTargets = targets > 0 ? 1.0 / targets : 0.0;
    m.invWarmAlive = m_warmAliveTotal > 0 ? 1.0 / m_warmAliveTotal : 0.0;
    m.invHealthy = m_routedTotal > 0 ? 1.0 / m_routedTotal : 0.0;
    m.routedTotal = m_routedTotal;
    m.warmRoutedTotal = m_warmRoutedTotal;
    m.deadRoutedTotal = m_routedDeadTotal;
    m.hasCpu = m_warmAliveTotal > 0;
    m.hasRpt = m_routedTotal > 0;
    // The load balancer's AZ nodes: those of AZs in an outage or without registered targets drop out of DNS.
    m.nodes = 0;
    for (int a = 0; a < m_azCount; ++a) {
        const auto ua = static_cast<std::size_t>(a);
        const int azTargets = m_routed[ua] + m_routedDead[ua];
        if (m_outage[ua] || azTargets == 0)
            continue;
        const auto k = static_cast<std::size_t>(m.nodes++);
        m.nodeTargets[k] = azTargets;
        m.nodeRouted[k] = m_routed[ua];
        m.nodeWarmRouted[k] = m_warmRouted[ua];
    }
    m_countsDirty = false;
}

void Simulator::measure(double demand)
{
    refreshLoadModel();
    m_now = m_load.at(demand);
}

int Simulator::warmingFor(std::int64_t warmupSteps) const
{
    // A policy's own warm-up (EstimatedInstanceWarmup): instances launching, or in service for less than
    // it, count as warming for that policy; rebalancing launches are not part of the capacity.
    int warming = 0;
    for (const auto& in : m_instances)
        if (!in.unhealthy && (in.phase == Phase::Pending || (in.phase == Phase::InService && m_t - in.inServiceStep < warmupSteps)))
            ++warming;
    return std::clamp(warming - m_rebalanceExtra, 0, m_desired);
}

void Simulator::evaluatePoliciesAtMinute()
{
    // Every alarm takes this minute's datapoint. In most minutes no policy acts, and that is all.
    // (From locals: the streaks it writes are ints, which the compiler must otherwise assume could be any
    // int of the simulator, and reload its members after each.)
    const std::size_t n = m_rules.size();
    const AlarmRule* rules = m_rules.data();
    PolicyState* states = m_policyState.data();
    int* actingList = m_acting.data();
    const Load now = m_now;
    const std::int64_t t = m_t;
    std::size_t acting = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const AlarmRule& rule = rules[i];
        const bool cpu = rule.cpuMetric();
        PolicyState& ps = states[i];
        // In ALARM: Auto Scaling actions are invoked again every minute while the alarm stays there; a
        // simple policy waits for its activity and cooldown.
        if (!rule.advance(ps.streak, cpu ? now.hasCpu : now.hasRpt, cpu ? now.cpu : now.rpt))
            continue;
        if (rule.simple() && (ps.outstanding > 0 || t < ps.cooldownEnd))
            continue;
        actingList[acting++] = static_cast<int>(i);
    }
    if (acting == 0)
        return;
    GroupView g;
    g.capacity = m_desired;
    g.warming = std::clamp(m_aliveTotal - m_rebalanceExtra - m_warmAliveTotal, 0, m_desired);
    g.minSize = m_min;
    g.maxSize = m_max;
    // With target tracking policies that scale in, one scales in only when all of them want to.
    int trackingWantIn = 0;
    for (std::size_t k = 0; k < acting; ++k) {
        const auto i = static_cast<std::size_t>(m_acting[k]);
        const auto& p = m_plan.policies[i];
        GroupView pg = g;
        if (p.warmupSeconds)
            pg.warming = warmingFor(toSteps(*p.warmupSeconds));
        // Field by field: a whole outcome copied from the callee's just-written return slot would wait on
        // store-to-load forwarding.
        const PolicyOutcome r = evaluatePolicy(p, pg, m_rules[i].cpuMetric() ? m_now.cpu : m_now.rpt);
        auto& o = m_outcomes[i];
        o.fired = r.fired;
        o.desired = r.desired;
        trackingWantIn += m_rules[i].trackingScalesIn() && o.fired && o.desired < m_desired;
    }
    const bool allTrackingWantIn = trackingWantIn == m_trackingScalesIn;
    int winner = -1, best = m_desired;
    for (std::size_t k = 0; k < acting; ++k) {
        const auto i = static_cast<std::size_t>(m_acting[k]);
        const auto& o = m_outcomes[i];
        if (!o.fired)
            continue;
        if (m_rules[i].tracking() && o.desired < m_desired && !allTrackingWantIn)
            continue;
        if (winner < 0 || o.desired > best) {
            winner = static_cast<int>(i);
            best = o.desired;
        }
    }
    if (winner < 0 || best == m_desired)
        return;
    DesiredCause c;
    c.cause = Activity::Cause::Policy;
    c.policy = winner;
    c.scaleOut = best > m_desired;
    setDesired(best, c);
    if (m_rules[static_cast<std::size_t>(winner)].simple())
        m_launchOwner = winner;
}

void Simulator::replaceUnhealthy()
{
    if (m_unhealthyWaiting == 0)
        return;
    // Unhealthy instances are replaced in batches of at most 10 % of desired (at least one), and not
    // before their health-check grace period has run out.
    const int batch = std::max(1, static_cast<int>(m_plan.group.replacementBatchFraction * m_desired));
    int room = batch - m_replacementsInFlight - m_replacementLaunchesOwed;
    for (std::size_t i = 0; i < m_instances.size() && room > 0; ++i) {
        const auto& in = m_instances[i];
        if (!in.unhealthy || !(in.phase == Phase::InService || in.phase == Phase::Pending))
            continue;
        if (m_t - in.launchStep < m_graceSteps)
            continue;
        terminate(static_cast<int>(i), m_outage[in.az] ? Activity::Cause::AzOutage : Activity::Cause::HealthCheck,
                  true);
        ++m_replacementLaunchesOwed;
        --room;
    }
}

void Simulator::reconcile()
{
    int diff = m_desired - groupCapacity();
    const int owner = m_launchOwner;
    m_launchOwner = -1;
    if (diff > 0) {
        for (; diff > 0; --diff) {
            const int az = chooseLaunchAz();
            if (az < 0)
                break; // no AZ can take a launch right now; try again next step
            const int before = groupCapacity();
            const int slot = launch(az, false);
            Instance& in = m_instances[static_cast<std::size_t>(slot)];
            Activity::Cause cause = m_lastCause.cause;
            if (m_replacementLaunchesOwed > 0) {
                --m_replacementLaunchesOwed;
                ++m_replacementsInFlight;
                in.replacement = true;
                cause = Activity::Cause::HealthCheck;
            } else if (m_spotLaunchesOwed > 0) {
                --m_spotLaunchesOwed;
                cause = Activity::Cause::SpotInterruption;
            } else if (owner >= 0) {
                in.owner = static_cast<std::int16_t>(owner);
                ++m_policyState[static_cast<std::size_t>(owner)].outstanding;
            }
            logActivity(Activity::Kind::Launch, cause, in, before, groupCapacity());
            boot(slot);
        }
    } else if (diff < 0) {
        m_replacementLaunchesOwed = 0;
        m_spotLaunchesOwed = 0;
        for (; diff < 0; ++diff) {
            const int victim = pickVictim();
            if (victim < 0)
                break; // everything left is protected from scale-in
            terminate(victim, m_lastCause.cause, true, owner);
        }
    }
    if (owner >= 0 && m_policyState[static_cast<std::size_t>(owner)].outstanding == 0)
        startCooldown(owner); // an activity that launched or terminated nothing
}

void Simulator::rebalance()
{
    if (m_azCount < 2 || !m_balanceDirty)
        return;
    m_balanceDirty = false; // set again by a change to a live instance, to max or to an outage
    int lo = -1, hi = -1;
    for (int a = 0; a < m_azCount; ++a) {
        const auto ua = static_cast<std::size_t>(a);
        if (m_outage[ua])
            continue;
        if (lo < 0 || m_alive[ua] < m_alive[static_cast<std::size_t>(lo)])
            lo = a;
        if (hi < 0 || m_alive[ua] > m_alive[static_cast<std::size_t>(hi)])
            hi = a;
    }
    if (lo < 0 || m_alive[static_cast<std::size_t>(hi)] - m_alive[static_cast<std::size_t>(lo)] <= 1)
        return;
    // Launch first, terminate once the new instance is in service; the group may exceed max by
    // max(10 % of max, 1) while doing so.
    const int overshoot = std::max(1, static_cast<int>(m_plan.group.rebalanceOvershootFraction * m_max));
    if (m_rebalanceExtra >= overshoot || m_aliveTotal + m_unhealthyWaiting + 1 > m_max + overshoot)
        return;
    const int before = groupCapacity();
    const int slot = launch(lo, false);
    m_instances[static_cast<std::size_t>(slot)].rebalance = true;
    ++m_rebalanceExtra;
    logActivity(Activity::Kind::Launch, Activity::Cause::Rebalance, m_instances[static_cast<std::size_t>(slot)],
                before, before);
    boot(slot);
}

void Simulator::addHourUsage(std::int64_t steps)
{
    // Billing: per second while Pending, InService or Terminating (the step's running instances); a step
    // counts in the clock-hour it starts in. The sums are whole instance-seconds, exact in a double.
    while (steps > 0) {
        const std::int64_t inHour = std::min(steps, m_stepsLeftInHour);
        const double seconds = static_cast<double>(inHour * m_plan.stepSeconds);
        const std::size_t hourBase = m_hour * static_cast<std::size_t>(m_azCount);
        for (int a = 0; a < m_azCount; ++a)
            m_hourOnDemand[hourBase + static_cast<std::size_t>(a)] += m_runningOnDemand[static_cast<std::size_t>(a)] * seconds;
        m_hourSpot[m_hour] += m_runningSpot * seconds;
        m_secondsIntoHour += inHour * m_plan.stepSeconds;
        m_stepsLeftInHour -= inHour;
        if (m_secondsIntoHour >= 3600) {
            m_secondsIntoHour -= 3600;
            ++m_hour;
            m_stepsLeftInHour = (3600 - m_secondsIntoHour + m_plan.stepSeconds - 1) / m_plan.stepSeconds;
        }
        steps -= inHour;
    }
}

inline void Simulator::billUpTo(std::int64_t step)
{
    // Billing runs behind: the running counts change only when an instance launches or is gone, so the
    // steps since the last change are added then, at the counts they all had. (Launches and departures
    // come in bursts: after the first of a step, there is nothing to add.)
    if (step == m_billedUpTo)
        return;
    addHourUsage(step - m_billedUpTo);
    m_billedUpTo = step;
}

void Simulator::record(const float* demand)
{
    const double d = demand[static_cast<std::size_t>(m_t)];
    addUnserved(unservedOf(d, m_now.served), m_plan.stepSeconds, m_unserved);
    recordSteps(m_t, 1, demand, m_desired, [this](double) { return m_now; });
}

template <typename LoadOf>
void Simulator::recordSteps(std::int64_t first, std::int64_t count, const float* demand, int desired,
                             LoadOf&& loadOf)
{
    // Steps [first, first + count) at the group's current counts, written to the series (sized for the
    // whole run up front) with the counts filled in bulk and the load per step from loadOf(demand).
    if (count <= 0)
        return;
    m_result.summary.maxInstances = std::max(m_result.summary.maxInstances, m_pendingTotal + m_inServiceTotal);
    if (!m_options.recordSeries)
        return;
    auto& s = m_result.series;
    const auto at = static_cast<std::size_t>(first);
    const auto n = static_cast<std::size_t>(count);
    const auto azs = static_cast<std::size_t>(m_azCount);
    std::fill_n(s.capacity.begin() + at, n, static_cast<float>(m_routedTotal * m_plan.instance.capacityRps));
    std::fill_n(s.desired.begin() + at, n, static_cast<std::uint16_t>(desired));
    const std::size_t steps = s.desired.size(); // (s.size() counts the demand column, which comes at the end)
    for (auto [column, counts] : {std::pair{&s.inService, &m_inService}, std::pair{&s.pending, &m_pending},
                                  std::pair{&s.terminating, &m_terminating}})
        for (std::size_t a = 0; a < azs; ++a)
            std::fill_n(column->begin() + static_cast<std::ptrdiff_t>(a * steps + at), n,
                        static_cast<std::uint16_t>((*counts)[a]));
    for (std::size_t i = at; i < at + n; ++i) {
        const double d = demand[i];
        const Load l = loadOf(d);
        s.served[i] = static_cast<float>(l.served);
        s.unserved[i] = static_cast<float>(unservedOf(d, l.served));
        s.cpu[i] = l.hasCpu ? static_cast<float>(l.cpu) : kNaN;
        s.requestsPerTarget[i] = l.hasRpt ? static_cast<float>(l.rpt) : kNaN;
    }
}

void Simulator::finishStep(const float* demand)
{
    replaceUnhealthy();
    reconcile();
    rebalance();
    record(demand);
}

bool Simulator::quiet() const
{
    // Nothing but the load can change in this step: no instance event, replacement, launch, termination or
    // rebalancing is due (scheduled actions and outage edges bound the stretch in quietUntil).
    return m_t < m_nextEvent && groupCapacity() == m_desired && m_unhealthyWaiting == 0 &&
           (!m_balanceDirty || m_azCount < 2) && m_launchOwner < 0 &&
           m_options.fastForward;
}

std::int64_t Simulator::quietUntil(std::int64_t steps) const
{
    std::int64_t end = std::min(steps, m_nextEvent);
    for (const std::int64_t next : m_scheduledNext)
        if (next >= 0)
            end = std::min(end, next);
    end = std::min(end, m_nextOutageEdge); // (an edge step always runs in full, so none lies behind m_t)
    // The step in which a fault strikes runs in full (the counts stay as they are until then).
    return m_t + faultFreeSteps(end - m_t);
}

std::int64_t Simulator::faultFreeSteps(std::int64_t limit) const
{
    // A budget b (at least 1) that loses p a step is spent, at or below 0, in step ⌊(b − 1) / p⌋ + 1. Most
    // stretches are short and far from a fault: a multiplication tells, and the division is left for the
    // rest.
    const auto before = [limit](std::int64_t budget, std::int64_t perStep) {
        std::int64_t spent = 0;
        if (!__builtin_mul_overflow(limit, perStep, &spent) && spent <= budget - 1)
            return limit;
        return budget <= 0 ? 0 : std::min(limit, (budget - 1) / perStep);
    };
    std::int64_t free = limit;
    if (const std::int64_t failure = failureHazardNow(); failure > 0)
        free = before(m_failureBudget, failure);
    if (const std::int64_t spot = spotHazardNow(); spot > 0)
        free = std::min(free, before(m_spotBudget, spot));
    return free;
}

bool Simulator::runQuiet(std::int64_t end, DemandFeed& feed)
{
    // The same results as full steps, for steps where the group stands still: a year of mostly steady
    // minutes then costs little more than the demand curve itself. The datapoints
    // of up to 64 steps at a time (one per minute: 64 with 60 s steps, 11 with 10 s steps) become bits
    // per alarm, which tell the first minute at which a policy acts; the steps before it only add up the
    // demand they turn away. That minute is evaluated in full, and the stretch ends there if the group
    // changes. It ends before any step in which a fault strikes (quietUntil), so its steps spend the fault
    // budgets evenly. The unserved sum and the countdown live in locals, written back when it leaves,
    // with the budgets then spent.
    // At the stretch's counts the load is a function of demand alone: each alarm line becomes a band of
    // demand (demand_band.h), and demand below servesAllUpTo() loses nothing, so a step needs its load
    // worked out only where demand could be turned away.
    const float* demand = feed.data();
    refreshLoadModel();
    // Read in place, not copied: only refreshLoadModel() writes it, and nothing here calls that, so it
    // stays as it is until the stretch ends (copying its 264 bytes for each stretch cost more than reading
    // it).
    const LoadModel& model = m_load;
    const std::size_t n = m_rules.size();
    for (std::size_t i = 0; i < n; ++i) {
        auto& q = m_quietAlarms[i];
        const bool cpuMetric = m_rules[i].cpuMetric();
        q.hasData = cpuMetric ? model.hasCpu : model.hasRpt;
        if (q.hasData)
            q.bands = m_rules[i].demandBands([&model, cpuMetric](double d) { return model.metric(cpuMetric, d); });
    }
    // Demand up to servesAll loses nothing: its unserved rate is 0, and adding 0 to the (never negative)
    // sum changes nothing, so only the steps above it add to it. (Demand is never negative: DemandBuilder
    // stops a dip at zero.)
    const double servesAll = model.servesAllUpTo();
    double unservedSum = m_unserved;
    std::int64_t countdown = m_minuteCountdown;
    const bool atMax = m_desired == m_max;
    const std::int64_t perMinute = m_stepsPerMinute;
    const double stepSeconds = m_plan.stepSeconds;
    const std::int64_t first = m_t;
    // The fault budgets, spent by the steps before `done` (quietUntil() ends the stretch before a fault).
    const std::int64_t failureBudget = m_failureBudget, spotBudget = m_spotBudget;
    const std::int64_t failureStep = failureHazardNow(), spotStep = spotHazardNow();
    const auto leave = [&](std::int64_t t, std::int64_t done) {
        m_t = t;
        m_unserved = unservedSum;
        m_failureBudget = failureBudget - (done - first) * failureStep;
        m_spotBudget = spotBudget - (done - first) * spotStep;
        m_minuteCountdown = countdown;
    };
    // Steps at a time (so at most 64 datapoints, one bit each); fewer at first, as many stretches are short.
    constexpr int kChunk = 64;
    int chunk = 16;
    std::array<double, kChunk> metric; // a policy without bands of demand: its datapoints' metric
    std::int64_t t = first;
    while (t < end) {
        // The alarms' datapoints among the next steps: one per minute, at steps firstMinute + k × perMinute.
        const std::int64_t chunkEnd = std::min(end, t + chunk);
        chunk = std::min(kChunk, chunk * 2);
        feed.waitFor(chunkEnd); // (a long stretch need not wait for the whole curve)
        const std::int64_t firstMinute = t + std::max<std::int64_t>(countdown - 1, 0);
        const int count = firstMinute < chunkEnd ? static_cast<int>((chunkEnd - firstMinute + perMinute - 1) / perMinute) : 0;
        const float* datapoints = demand + std::min(firstMinute, chunkEnd);
        // The datapoints at which some policy acts.
        std::uint64_t acting = 0, highAtMax = 0;
        for (std::size_t i = 0; i < n; ++i) {
            auto& q = m_quietAlarms[i];
            if (!q.hasData)
                continue; // missing datapoints: the alarms stay as they are
            const auto& rule = m_rules[i];
            q.start = m_policyState[i].streak;
            if (q.bands) {
                q.bits = rule.bits(datapoints, count, static_cast<int>(perMinute), *q.bands);
            } else {
                for (int k = 0; k < count; ++k)
                    metric[static_cast<std::size_t>(k)] = model.metric(rule.cpuMetric(), datapoints[k * perMinute]);
                q.bits = rule.bits(metric.data(), count, 1);
            }
            std::uint64_t high = 0;
            std::uint64_t alarm = rule.inAlarm(q.bits, q.start, count, high);
            if (rule.simple()) {
                // A simple policy waits for its activity and its cooldown.
                const auto& ps = m_policyState[i];
                if (ps.outstanding > 0)
                    alarm = 0;
                else if (ps.cooldownEnd > firstMinute)
                    alarm &= ~datapoint_bits::first(static_cast<int>(
                        std::min<std::int64_t>(64, (ps.cooldownEnd - firstMinute + perMinute - 1) / perMinute)));
            }
            acting |= alarm;
            // Target tracking scaling out asks for at least the current desired: at max, that is max, and
            // the largest capacity wins, so such a minute changes nothing whatever else fires. (This rests
            // on the plan's checks: a target above 0 and at least one datapoint, so the high alarm fires.)
            if (atMax && rule.tracking())
                highAtMax |= high;
        }
        acting &= ~highAtMax;
        std::int64_t step = t;
        const auto alarmsBefore = [&](std::int64_t s) {
            // The streaks after the datapoints before step s.
            const int done = s <= firstMinute ? 0 : static_cast<int>((s - firstMinute + perMinute - 1) / perMinute);
            for (std::size_t i = 0; i < n; ++i)
                if (const auto& q = m_quietAlarms[i]; q.hasData)
                    m_policyState[i].streak = m_rules[i].after(q.bits, q.start, done);
            countdown = done > 0 ? perMinute - (s - 1 - (firstMinute + (done - 1) * perMinute)) : countdown - (s - t);
        };
        for (;;) {
            const int act = acting != 0 ? std::countr_zero(acting) : count;
            const std::int64_t stop = act < count ? firstMinute + act * perMinute : chunkEnd;
            // The steps before that minute: the demand they turn away.
            for (; step < stop; ++step) {
                const double d = demand[static_cast<std::size_t>(step)];
                if (d > servesAll) [[unlikely]]
                    addUnserved(unservedOf(d, model.at(d).served), stepSeconds, unservedSum);
            }
            if (act == count)
                break; // the chunk is done
            // A policy acts at this step's datapoint: evaluate the minute in full. A policy in ALARM that
            // asks for the capacity the group already has (at its maximum, say) leaves the stretch quiet.
            alarmsBefore(step);
            countdown = perMinute;
            leave(step, step + 1);
            const double d = demand[static_cast<std::size_t>(step)];
            m_now = model.at(d);
            const int desired = m_desired;
            evaluatePoliciesAtMinute();
            if (m_desired != desired || m_launchOwner >= 0) {
                flushQuiet(first, demand, desired);
                finishStep(demand);
                ++m_t;
                return true;
            }
            addUnserved(unservedOf(d, m_now.served), stepSeconds, unservedSum);
            ++step;
            acting &= acting - 1;
        }
        alarmsBefore(step);
        t = step;
    }
    leave(t, t);
    flushQuiet(first, demand, m_desired);
    return t > first;
}

void Simulator::runStill(std::int64_t end, const float* demand)
{
    // Full steps up to end, less what quietUntil() has already answered for them: no event, scheduled
    // action, outage edge or fault is due, so each spends its fault budgets and measures; and until a
    // policy changes desired, the group has what it wants, with nothing to replace, launch, terminate or
    // rebalance.
    const std::int64_t failureStep = failureHazardNow(), spotStep = spotHazardNow();
    while (m_t < end) {
        m_failureBudget -= failureStep;
        m_spotBudget -= spotStep;
        measure(demand[static_cast<std::size_t>(m_t)]);
        if (--m_minuteCountdown <= 0) {
            m_minuteCountdown = m_stepsPerMinute;
            const int desired = m_desired;
            evaluatePoliciesAtMinute();
            if (m_desired != desired || m_launchOwner >= 0) {
                finishStep(demand);
                ++m_t;
                return;
            }
        }
        record(demand);
        ++m_t;
    }
}

void Simulator::flushQuiet(std::int64_t first, const float* demand, int desired)
{
    // The quiet steps since first, at the counts (and desired) they all had: the load model of the stretch.
    const LoadModel& model = m_load;
    recordSteps(first, m_t - first, demand, desired, [&model](double d) { return model.at(d); });
}

SimulationResult Simulator::run()
{
    const auto& plan = m_plan;
    const std::int64_t steps = plan.steps();
    m_azCount = std::clamp(static_cast<int>(plan.group.azs.size()), 1, kMaxAzs);
    m_result.start = plan.start;
    m_result.stepSeconds = plan.stepSeconds;
    m_result.azs = plan.group.azs;
    if (m_result.azs.empty())
        m_result.azs.push_back("az-1");
    for (const auto& p : plan.policies)
        m_result.policyNames.push_back(p.name);
    m_min = plan.group.minSize;
    m_max = plan.group.maxSize;
    m_desired = std::clamp(plan.group.desired, m_min, m_max);

    m_launchSteps = toSteps(plan.instance.launchSeconds);
    m_warmupSteps = toSteps(plan.instance.warmupSeconds);
    m_healthySteps = toSteps(plan.loadBalancer.healthyThreshold * plan.loadBalancer.healthCheckIntervalSeconds);
    m_unhealthySteps = toSteps(plan.loadBalancer.unhealthyThreshold * plan.loadBalancer.healthCheckIntervalSeconds);
    m_deregSteps = toSteps(plan.loadBalancer.deregistrationDelaySeconds);
    m_spotNoticeSteps = toSteps(plan.group.spotNoticeSeconds);
    m_graceSteps = toSteps(plan.group.healthCheckGraceSeconds);
    m_stepsPerMinute = plan.stepSeconds >= 60 ? 1 : 60 / plan.stepSeconds;
    m_stepsLeftInHour = (3600 + plan.stepSeconds - 1) / plan.stepSeconds;
    const double stepHours = plan.stepSeconds / 3600.0;
    m_load.crossZone = plan.loadBalancer.crossZone;
    m_load.capacityRps = plan.instance.capacityRps;
    m_load.cpuPerRps = 100.0 / plan.instance.capacityRps;
    double failureHazard = 0, spotHazard = 0; // per instance and step
    for (const auto& f : plan.faults) {
        if (f.kind == FaultKind::AzOutage) {
            const auto it = std::find(plan.group.azs.begin(), plan.group.azs.end(), f.az);
            if (it == plan.group.azs.end())
                continue;
            const EpochMs stepMs = plan.stepSeconds * kMsPerSecond;
            m_outageAz.push_back(static_cast<int>(it - plan.group.azs.begin()));
            m_outageStart.push_back((f.start - plan.start + stepMs - 1) / stepMs);
            m_outageEnd.push_back((f.end - plan.start + stepMs - 1) / stepMs);
        } else if (f.kind == FaultKind::InstanceFailure) {
            failureHazard += f.ratePerHour * stepHours;
        } else {
            spotHazard += f.ratePerHour * stepHours;
        }
    }
    m_failurePerStep = hazardUnits(failureHazard);
    m_spotPerStep = hazardUnits(spotHazard);
    m_nextOutageEdge = outageEdgeAfter(-1);
    for (const auto& a : plan.scheduled) {
        const auto next = a.nextAfter(plan.start - 1);
        const EpochMs stepMs = plan.stepSeconds * kMsPerSecond;
        m_scheduledNext.push_back(next ? (*next - plan.start + stepMs - 1) / stepMs : -1);
    }
    m_failureBudget = exponential();
    m_spotBudget = exponential();
    m_policyState.assign(plan.policies.size(), PolicyState{});
    for (const auto& p : plan.policies)
        m_rules.emplace_back(p);
    m_quietAlarms.resize(plan.policies.size());
    m_outcomes.assign(plan.policies.size(), Wanted{});
    m_acting.assign(plan.policies.size(), -1);
    for (const auto& rule : m_rules)
        m_trackingScalesIn += rule.trackingScalesIn();

    // Everything sized once: the per-step loop below never allocates (activities aside, which are rare).
    m_instances.reserve(static_cast<std::size_t>(m_max) * 2 + 64);
    m_freeSlots.reserve(static_cast<std::size_t>(m_max) * 2 + 64);
    m_bucketSeconds = std::gcd(3600, plan.stepSeconds);
    m_bucketCount = 3600 / m_bucketSeconds;
    m_buckets.assign(static_cast<std::size_t>(m_azCount * m_bucketCount), {});
    m_bucketWords = (m_bucketCount + 63) / 64;
    m_bucketBits.assign(static_cast<std::size_t>(m_azCount * m_bucketWords), 0);
    // Room for an activity every other step (capped): untouched pages cost nothing, and a year of heavy
    // scaling then never copies its history to grow it.
    m_result.activities.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(steps / 2, 1024, 1 << 20)));
    const std::size_t hours = static_cast<std::size_t>((steps * plan.stepSeconds + 3599) / 3600) + 1;
    m_hourOnDemand.assign(hours * static_cast<std::size_t>(m_azCount), 0.0);
    m_hourSpot.assign(hours, 0.0);
    // The demand curve (the series' first column), built on a second thread as the steps below read it.
    DemandFeed feed(plan.demand, plan.start, plan.stepSeconds, steps, plan.seed);
    const float* demand = feed.data();
    auto& s = m_result.series;
    if (m_options.recordSeries) {
        const auto n = static_cast<std::size_t>(steps);
        s.azCount = m_azCount;
        for (auto* column : {&s.served, &s.unserved, &s.capacity, &s.cpu, &s.requestsPerTarget})
            column->resize(n);
        s.desired.resize(n);
        for (auto* column : {&s.inService, &s.pending, &s.terminating})
            column->resize(n * static_cast<std::size_t>(m_azCount));
    }

    // The group starts at its desired capacity, in service and warmed up, spread across its AZs.
    for (int i = 0; i < m_desired; ++i)
        launch(chooseLaunchAz() < 0 ? 0 : chooseLaunchAz(), true);
    m_lastCause.time = plan.start;

    m_t = 0;
    while (m_t < steps) {
        // A step's events come first; the group may then stand still from this step on. (A stretch of a
        // few steps, up to four, costs less in full than the lean loop's set-up.)
        processEvents();
        if (quiet()) {
            const std::int64_t until = quietUntil(steps);
            if (until - m_t >= kShortestQuietStretch) {
                if (runQuiet(until, feed))
                    continue;
            } else if (until > m_t) {
                feed.waitFor(until);
                runStill(until, demand);
                continue;
            }
        }
        if (!m_scheduledNext.empty())
            applyScheduled();
        if (!m_outageAz.empty() || m_failurePerStep > 0 || m_spotPerStep > 0)
            applyFaults();
        feed.waitFor(m_t + 1);
        const double d = demand[static_cast<std::size_t>(m_t)];
        measure(d);
        // Alarms evaluate once a minute on 1-minute datapoints.
        if (--m_minuteCountdown <= 0) {
            m_minuteCountdown = m_stepsPerMinute;
            evaluatePoliciesAtMinute();
        }
        finishStep(demand);
        ++m_t;
    }
    billUpTo(steps);
    auto& sum = m_result.summary;
    for (const double v : m_hourOnDemand)
        sum.onDemandHours += v / 3600.0;
    for (const double v : m_hourSpot)
        sum.spotHours += v / 3600.0;
    sum.instanceHours = sum.onDemandHours + sum.spotHours;
    sum.unservedRequests = m_unserved;
    double demandTotal = 0;
    LargeVector<float> curve = feed.take(demandTotal);
    sum.servedPct = demandTotal > 0 ? 100.0 * (demandTotal - m_unserved) / demandTotal : 100.0;
    sum.scalingActivities = static_cast<int>(m_result.activities.size());
    priceFleet();
    if (m_options.recordSeries)
        s.demand = std::move(curve); // (no series: the result carries none)
    return std::move(m_result);
}

void Simulator::priceFleet()
{
    auto& sum = m_result.summary;
    const double spotCost = sum.spotHours * m_plan.instance.spotHourly;
    const auto& purchase = m_plan.purchase;
    // The On-Demand fleet hours go through the billing engine, clock-hour by clock-hour and AZ by AZ, so
    // reservations and Savings Plans in the plan apply exactly as in the Cost Planner; Spot hours are
    // priced at the plan's Spot price.
    billing::BillSetup setup;
    setup.region = m_plan.region();
    billing::TypePrice price;
    price.onDemandHourly = m_plan.instance.onDemandHourly;
    for (const auto& sp : purchase.savingsPlans) {
        if (sp.kind == billing::SavingsPlanKind::Compute)
            price.computeSpHourly = purchase.savingsPlanRate(sp.kind);
        else
            price.ec2SpHourly = purchase.savingsPlanRate(sp.kind);
        setup.savingsPlans.push_back(sp);
        if (sp.kind == billing::SavingsPlanKind::Ec2Instance) {
            auto& added = setup.savingsPlans.back();
            if (added.family.empty())
                added.family = m_plan.instance.type.substr(0, m_plan.instance.type.find('.'));
            if (added.region.empty())
                added.region = setup.region;
        }
    }
    setup.prices[m_plan.instance.type] = price;
    for (auto r : purchase.reservations) {
        r.instanceType = m_plan.instance.type;
        if (r.region.empty())
            r.region = setup.region;
        setup.reservations.push_back(r);
    }
    std::vector<billing::UsageKey> keys;
    for (int a = 0; a < m_azCount; ++a)
        keys.push_back({m_plan.instance.type, billing::OperatingSystem::Linux, m_result.azs[static_cast<std::size_t>(a)]});
    auto biller = billing::HourlyBiller::create(setup, keys);
    if (!biller) {
        sum.cost = sum.onDemandHours * m_plan.instance.onDemandHourly + spotCost;
        sum.costMethod = "instance-hours × the plan's prices (the billing engine refused the purchase options: " +
                         biller.error().message + ")";
        return;
    }
    billing::HourBill total;
    std::vector<billing::KeyedUsage> usage(static_cast<std::size_t>(m_azCount));
    const std::size_t hours = m_hourSpot.size();
    for (std::size_t h = 0; h < hours; ++h) {
        if (h > m_hour || (h == m_hour && m_secondsIntoHour == 0))
            break; // hours the run never reached
        for (int a = 0; a < m_azCount; ++a)
            usage[static_cast<std::size_t>(a)] = {static_cast<std::uint32_t>(a),
                                                 m_hourOnDemand[h * static_cast<std::size_t>(m_azCount) + static_cast<std::size_t>(a)]};
        total += biller->billHour(usage);
    }
    sum.onDemandCost = total.onDemand;
    sum.commitmentCost = total.total - total.onDemand;
    sum.spotCost = spotCost;
    sum.cost = total.total + spotCost;
    sum.billedByEngine = true;
    sum.costMethod = "billing engine, hour by hour (On-Demand per second, reservations and Savings Plans applied) "
                     "+ Spot hours × the Spot price";
}

} // namespace

SimulationResult simulate(const ScalingPlan& plan, const SimulationOptions& options)
{
    Simulator sim(plan, options);
    return sim.run();
}

} // namespace archdesk::core::scaling
