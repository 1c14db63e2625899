#pragma once
// Rng: a seeded generator whose sequences are the same on every platform and standard library
// (std::uniform_*_distribution is not portable, so the draws are computed here).

#include <cstdint>

namespace archdesk::core {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    // splitmix64: small, fast, and good enough for simulations and shuffles.
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1) with 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Uniform integer in [0, n) without modulo bias; n must be > 0. A draw at or above
    // UINT64_MAX − UINT64_MAX % n is drawn again. That limit is above UINT64_MAX − n, so a draw up to there
    // is taken without working the limit out (a division): only the top n draws need it.
    std::uint64_t below(std::uint64_t n)
    {
        for (;;) {
            const std::uint64_t x = next();
            if (x <= UINT64_MAX - n || x < UINT64_MAX - UINT64_MAX % n)
                return x % n;
        }
    }

    bool chance(double p) { return uniform() < p; }

    // Standard normal by Box–Muller (one value per call; the pair's second half is dropped for simplicity).
    double normal();

private:
    std::uint64_t m_state;
};

} // namespace archdesk::core
