#include "core/catalog/name_suggestions.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace archdesk::core::catalog {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> nearestNames(const std::string& query, const std::vector<std::string>& names,
                                      std::size_t count)
{
    std::string lowered = query;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::size_t limit = std::max<std::size_t>(2, lowered.size() / 3);
    std::vector<std::pair<std::size_t, std::size_t>> scored; // distance, index
    for (std::size_t i = 0; i < names.size(); ++i)
        if (const std::size_t d = editDistance(lowered, names[i]); d <= limit)
            scored.emplace_back(d, i);
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (std::size_t k = 0; k < scored.size() && out.size() < count; ++k)
        out.push_back(names[scored[k].second]);
    return out;
}

} // namespace archdesk::core::catalog
