#pragma once
// Near-duplicate detection for question stems: word-set similarity after normalising the text.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace archdesk::core::content {

// Similarity at or above which two stems count as the same question written twice.
inline constexpr double kNearDuplicateThreshold = 0.85;

// Lowercases, keeps letters and digits, and splits into a sorted set of distinct words.
std::vector<std::string> normalisedWords(const std::string& text);

// Jaccard similarity of two sorted word sets (0 … 1).
double wordSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Pairs (i, j), i < j, of texts whose similarity is ≥ threshold.
std::vector<std::pair<std::size_t, std::size_t>> findNearDuplicates(const std::vector<std::string>& texts,
                                                                    double threshold);

} // namespace archdesk::core::content
