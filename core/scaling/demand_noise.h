#pragma once
// Demand noise: each step's demand scaled by (1 + noise), the noise seeded and near-normal with a standard
// deviation of noise_pct. A year of minutes is half a million draws, worked out on every run: where the
// processor has AVX2 they are drawn four at a time, with exactly the values of the one-at-a-time loop.

#include <cstdint>
#include <span>

namespace archdesk::core::scaling {

// Scales every value by (1 + noise), never below zero. The same seed and values give the same result on
// every machine, whichever path runs. The values are the curve's from step firstStep on: each step has its
// own draw, so a curve noised piece by piece is the curve noised whole.
void applyDemandNoise(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep = 0);

namespace demand_noise {
// The two paths, for tests: one draw at a time, and four at a time (false when the processor cannot).
void oneAtATime(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep = 0);
bool fourAtATime(std::span<float> demand, double noisePct, std::uint64_t seed, std::uint64_t firstStep = 0);
} // namespace demand_noise

} // namespace archdesk::core::scaling
