#include "core/content/near_duplicates.h"

#include <algorithm>
#include <cctype>

namespace archdesk::core::content {

std::vector<std::string> normalisedWords(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double wordSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::vector<std::pair<std::size_t, std::size_t>> findNearDuplicates(const std::vector<std::string>& texts,
                                                                    double threshold)
{
    std::vector<std::vector<std::string>> sets;
    sets.reserve(texts.size());
    for (const auto& t : texts)
        sets.push_back(normalisedWords(t));
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        for (std::size_t j = i + 1; j < sets.size(); ++j) {
            // Sizes alone bound the similarity: skip pairs that cannot reach the threshold.
            const double small = static_cast<double>(std::min(sets[i].size(), sets[j].size()));
            const double large = static_cast<double>(std::max(sets[i].size(), sets[j].size()));
            if (large > 0 && small / large < threshold)
                continue;
            if (wordSimilarity(sets[i], sets[j]) >= threshold)
                pairs.emplace_back(i, j);
        }
    }
    return pairs;
}

} // namespace archdesk::core::content
