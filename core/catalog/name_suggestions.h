#pragma once
// Nearest-name suggestions ("did you mean …") by edit distance, for unknown instance types.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archdesk::core::catalog {

// Levenshtein distance (insert, delete, substitute each cost 1).
std::size_t editDistance(std::string_view a, std::string_view b);

// Up to `count` names closest to `query` (ties in the order given), only those within a distance
// that still looks like a typo: at most max(2, query length / 3).
std::vector<std::string> nearestNames(const std::string& query, const std::vector<std::string>& names,
                                      std::size_t count = 3);

} // namespace archdesk::core::catalog
