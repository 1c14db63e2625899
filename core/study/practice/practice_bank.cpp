#include "core/study/practice/practice_bank.h"

#include "core/study/practice/practice_generator.h"

namespace archdesk::core::study::practice {

namespace {
constexpr std::uint64_t kBankSeed = 2026;
constexpr int kPerFamily = 10;
} // namespace

const std::vector<Question>& generatedPracticeBank()
{
    static const std::vector<Question> bank = [] {
        const int families = static_cast<int>(practiceFamilies().size());
        auto generated = generatePractice("all", families * kPerFamily, kBankSeed);
        return generated ? std::move(*generated) : std::vector<Question>{};
    }();
    return bank;
}

std::vector<ExamItem> practiceSection(const std::string& blueprintId, const std::string& drillDomain, int count,
                                      std::uint64_t seed)
{
    const auto& bank = generatedPracticeBank();
    std::vector<ExamItem> items;
    if (bank.empty() || count <= 0)
        return items;
    // The bank cycles through the families, so consecutive questions from a seeded start cover them all.
    const std::size_t start = static_cast<std::size_t>(seed % bank.size());
    for (std::size_t k = 0; k < bank.size() && static_cast<int>(items.size()) < count; ++k) {
        const Question& q = bank[(start + k) % bank.size()];
        const auto domain = q.domains.find(blueprintId);
        if (domain == q.domains.end() || (!drillDomain.empty() && domain->second != drillDomain))
            continue;
        items.push_back({q.id, domain->second});
    }
    return items;
}

} // namespace archdesk::core::study::practice
