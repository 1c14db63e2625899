#include "core/scaling/demand_noise.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/util/random.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ARCHDESK_NOISE_AVX2 1
#include <immintrin.h>
#endif

namespace archdesk::core::scaling {

namespace {

// Irwin–Hall: the sum of four uniforms, scaled to unit variance — close enough to a normal for demand
// noise, and a fraction of the cost of Box–Muller. The four uniforms are the four 16-bit quarters of one
// draw: ample resolution for a few percent of noise.
constexpr double kQuarter = 1.0 / 65536.0;
constexpr std::uint64_t kSeedMix = 0xD3A4D5EEDull;
constexpr std::uint64_t kIncrement = 0x9E3779B97F4A7C15ull; // Rng's (splitmix64's) step

// The generator's state before step `firstStep`'s draw: draw k (from 0) is the k + 1st of Rng(seed ^ mix).
std::uint64_t stateAt(std::uint64_t seed, std::uint64_t firstStep)
{
    return (seed ^ kSeedMix) + firstStep * kIncrement;
}

double scaleOf(double noisePct)
{
    return noisePct / 100.0 * std::sqrt(3.0);
}

// One value: Rng's draw r, then the same arithmetic in the same order in both paths.
float noisy(float v, std::uint64_t r, double scale)
{
    const auto sum = (r & 0xFFFF) + ((r >> 16) & 0xFFFF) + ((r >> 32) & 0xFFFF) + (r >> 48);
    const double n = (static_cast<double>(sum) + 2.0) * kQuarter - 2.0; // each quarter centred in its cell
    return static_cast<float>(std::max(0.0, v * (1.0 + scale * n)));
}

#if ARCHDESK_NOISE_AVX2
// a × b modulo 2^64 in each 64-bit lane (AVX2 multiplies 32 × 32 bits): the low halves' product plus the
// cross products shifted up; the high halves' product falls off the top.
__attribute__((target("avx2"))) __m256i mulLo64(__m256i a, __m256i b, __m256i bHigh)
{
    const __m256i low = _mm256_mul_epu32(a, b);
    const __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), b), _mm256_mul_epu32(a, bHigh));
    return _mm256_add_epi64(low, _mm256_slli_epi64(cross, 32));
}

// Rng (splitmix64) draws k + 1 … k + 4 from its state after k draws: state + j × the increment, mixed.
__attribute__((target("avx2"))) std::size_t noiseAvx2(float* v, std::size_t count, std::uint64_t state, double scale)
{
    constexpr std::uint64_t kMul1 = 0xBF58476D1CE4E5B9ull, kMul2 = 0x94D049BB133111EBull;
    const __m256i mul1 = _mm256_set1_epi64x(static_cast<long long>(kMul1));
    const __m256i mul1High = _mm256_set1_epi64x(static_cast<long long>(kMul1 >> 32));
    const __m256i mul2 = _mm256_set1_epi64x(static_cast<long long>(kMul2));
    const __m256i mul2High = _mm256_set1_epi64x(static_cast<long long>(kMul2 >> 32));
    const __m256i step4 = _mm256_set1_epi64x(static_cast<long long>(4 * kIncrement));
    const __m256i quarter = _mm256_set1_epi64x(0xFFFF);
    // 2^52 as bits: a whole number below 2^52 or'ed into its mantissa, minus 2^52, is that number exactly.
    const __m256i twoTo52Bits = _mm256_set1_epi64x(0x4330000000000000ll);
    const __m256d twoTo52 = _mm256_set1_pd(4503599627370496.0);
    const __m256d two = _mm256_set1_pd(2.0), quarterScale = _mm256_set1_pd(kQuarter), one = _mm256_set1_pd(1.0);
    const __m256d scaleV = _mm256_set1_pd(scale), zero = _mm256_setzero_pd();
    __m256i s = _mm256_set_epi64x(static_cast<long long>(state + 4 * kIncrement), static_cast<long long>(state + 3 * kIncrement),
                                  static_cast<long long>(state + 2 * kIncrement), static_cast<long long>(state + kIncrement));
    std::size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        __m256i z = _mm256_xor_si256(s, _mm256_srli_epi64(s, 30));
        z = mulLo64(z, mul1, mul1High);
        z = _mm256_xor_si256(z, _mm256_srli_epi64(z, 27));
        z = mulLo64(z, mul2, mul2High);
        z = _mm256_xor_si256(z, _mm256_srli_epi64(z, 31));
        s = _mm256_add_epi64(s, step4);
        const __m256i sum = _mm256_add_epi64(
            _mm256_add_epi64(_mm256_and_si256(z, quarter), _mm256_and_si256(_mm256_srli_epi64(z, 16), quarter)),
            _mm256_add_epi64(_mm256_and_si256(_mm256_srli_epi64(z, 32), quarter), _mm256_srli_epi64(z, 48)));
        const __m256d sumD = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(sum, twoTo52Bits)), twoTo52);
        const __m256d n = _mm256_sub_pd(_mm256_mul_pd(_mm256_add_pd(sumD, two), quarterScale), two);
        const __m256d x = _mm256_mul_pd(_mm256_cvtps_pd(_mm_loadu_ps(v + i)), _mm256_add_pd(one, _mm256_mul_pd(scaleV, n)));
        // max(x, 0) gives 0 for -0 as std::max(0.0, x) does (both zeros: the second operand).
        _mm_storeu_ps(v + i, _mm256_cvtpd_ps(_mm256_max_pd(x, zero)));
    }
    return i;
}

bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

namespace demand_noise {

void oneAtATime(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep)
{
    Rng rng(stateAt(seed, firstStep));
    const double scale = scaleOf(noisePct);
    for (auto& v : demand)
        v = noisy(v, rng.next(), scale);
}

bool fourAtATime(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep)
{
#if ARCHDESK_NOISE_AVX2
    if (!hasAvx2())
        return false;
    const double scale = scaleOf(noisePct);
    const std::uint64_t state = stateAt(seed, firstStep);
    const std::size_t done = noiseAvx2(demand.data(), demand.size(), state, scale);
    // The last few, one at a time from where the four-at-a-time draws stopped.
    Rng rng(state + done * kIncrement);
    for (std::size_t i = done; i < demand.size(); ++i)
        demand[i] = noisy(demand[i], rng.next(), scale);
    return true;
#else
    (void)demand;
    (void)noisePct;
    (void)seed;
    (void)firstStep;
    return false;
#endif
}

} // namespace demand_noise

void applyDemandNoise(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep)
{
    if (!demand_noise::fourAtATime(demand, noisePct, seed, firstStep))
        demand_noise::oneAtATime(demand, noisePct, seed, firstStep);
}

} // namespace archdesk::core::scaling
